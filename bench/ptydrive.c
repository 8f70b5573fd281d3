/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * ptydrive.c: run a full-screen program in a pseudo-terminal, time its first
 * screen, play a key script through its real input loop, and report its peak
 * memory.
 *
 *   ptydrive [-m MARKER] [-s SCRIPT] [-l KEYLOG -r RESULTS] [-t MS] [-S SMAPS] -- CMD [ARG...]
 *
 * The program runs with TERM=xterm on an 80x24 pty. ptydrive reads everything
 * it draws; the first screen counts as drawn when the output so far contains
 * MARKER (bytes, UTF-8; pick a word curses writes in one run, without spaces).
 *
 * SCRIPT has one command per line ('#' starts a comment):
 *   label NAME       later keys are filed under NAME in RESULTS
 *   type TEXT        each UTF-8 character of TEXT is one key
 *   key NAME [N]     a character or a named key (Enter Tab Esc Backspace Up Down Left Right
 *                    Home End PgUp PgDn Del F1..F10 C-a..C-z), N times
 *   expect TEXT      wait until the output since the last key contains TEXT
 *   sleep MS
 *   stamp NAME       report NAME=MS, the time since the program started
 * Keys are sent one at a time. With -l, the program appends one line per
 * processed key to KEYLOG (the interface does so when DANSO_KEYLOG is set:
 * microseconds from reading the key to the refreshed screen); ptydrive waits
 * for that line before the next key and writes "NAME MICROSECONDS" to RESULTS.
 * Without -l it waits until the output has been quiet for 30 ms.
 *
 * At the end it sends SIGTERM (SIGKILL 3 s later) and prints one line:
 *   first_ms=F keys=N missed=M maxrss_kb=K rss_after_login_kb=A status=S [NAME=MS...]
 * A is the largest resident size (VmRSS) the program had after any key not
 * labelled "login", read from /proc after each key: its memory once past the
 * start form, without the PIN check's peak. With -S, the program's
 * /proc/PID/smaps after the last key is copied to SMAPS (bench/smaps.awk
 * sums it by mapping).
 * Exit status 1 if the marker or an expected text never came.
 * Part of bench/: never built or run by make check.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define OUT_CAP (1 << 20)

static int master = -1;
static pid_t child;
static int child_gone;
static char out[OUT_CAP + 1];      /* output since the last key (or since start) */
static size_t out_len;
static int timeout_ms = 5000;
static const char *keylog_path;
static const char *smaps_path;
static long keylog_off;
static FILE *results;
static char label[64] = "keys";
static int nkeys, nmissed;
static long rss_after_login_kb;    /* max VmRSS after keys not labelled login */
static double t_start;             /* when the program was started */
static char stamps[1024];          /* " NAME=MS" for each stamp command */

/* Milliseconds on the monotonic clock. */
static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* Append what the program wrote within wait_ms; returns bytes read, -1 at EOF. */
static ssize_t
pump(int wait_ms)
{
	struct pollfd p = {master, POLLIN, 0};
	char buf[65536];
	ssize_t n;

	if (child_gone || poll(&p, 1, wait_ms) <= 0)
		return 0;
	n = read(master, buf, sizeof buf);
	if (n <= 0) {
		child_gone = 1;
		return -1;
	}
	if (out_len + (size_t)n > OUT_CAP) {
		size_t keep = OUT_CAP / 2;
		memmove(out, out + out_len - keep, keep);
		out_len = keep;
	}
	memcpy(out + out_len, buf, (size_t)n);
	out_len += (size_t)n;
	out[out_len] = '\0';
	return n;
}

/* Wait until the output contains text; 0 when it did, -1 on timeout. */
static int
wait_for(const char *text)
{
	double end = now_ms() + timeout_ms;

	while (memmem(out, out_len, text, strlen(text)) == NULL) {
		if (child_gone || now_ms() > end)
			return -1;
		pump(5);
	}
	return 0;
}

/* Read complete lines appended to the key log; returns how many, and the
 * last value in *us. */
static int
keylog_take(long *us)
{
	char buf[4096];
	int lines = 0;
	FILE *f = fopen(keylog_path, "r");

	if (f == NULL)
		return 0;
	if (fseek(f, keylog_off, SEEK_SET) == 0) {
		while (fgets(buf, sizeof buf, f) != NULL) {
			size_t n = strlen(buf);
			if (n == 0 || buf[n - 1] != '\n')
				break;
			keylog_off += (long)n;
			*us = atol(buf);
			if (results != NULL)
				fprintf(results, "%s %ld\n", label, *us);
			lines++;
		}
	}
	fclose(f);
	return lines;
}

/* After a key: wait for its key-log line, or for 30 ms of quiet output. */
static void
settle(void)
{
	double end = now_ms() + timeout_ms, quiet_since = now_ms();
	long us;

	for (;;) {
		ssize_t n = pump(1);
		if (keylog_path != NULL) {
			if (keylog_take(&us) > 0)
				break;
		} else if (n > 0) {
			quiet_since = now_ms();
		} else if (now_ms() - quiet_since >= 30) {
			break;
		}
		if (child_gone || now_ms() > end) {
			nmissed++;
			break;
		}
	}
	while (pump(0) > 0)
		;
}

/* The child's resident size now (kB), 0 if unknown. */
static long
child_rss_kb(void)
{
	char path[64], line[256];
	long kb = 0;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/status", (int)child);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof line, f) != NULL)
		if (sscanf(line, "VmRSS: %ld", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* Copy the child's /proc/PID/smaps to smaps_path. */
static void
save_smaps(void)
{
	char path[64], buf[65536];
	FILE *in, *out;
	size_t n;

	snprintf(path, sizeof path, "/proc/%d/smaps", (int)child);
	if ((in = fopen(path, "r")) == NULL)
		return;
	if ((out = fopen(smaps_path, "w")) != NULL) {
		while ((n = fread(buf, 1, sizeof buf, in)) > 0)
			fwrite(buf, 1, n, out);
		fclose(out);
	}
	fclose(in);
}

/* Send one key's bytes and wait for the program to handle it. */
static void
send_key(const char *bytes, size_t n)
{
	if (child_gone)
		return;
	out_len = 0;
	out[0] = '\0';
	if (write(master, bytes, n) != (ssize_t)n) {
		child_gone = 1;
		return;
	}
	nkeys++;
	settle();
	if (strcmp(label, "login") != 0) {
		long kb = child_rss_kb();
		if (kb > rss_after_login_kb)
			rss_after_login_kb = kb;
	}
}

static const struct {
	const char *name, *seq;
} named_keys[] = {
	{"Enter", "\r"}, {"Tab", "\t"}, {"Esc", "\033"}, {"Backspace", "\177"},
	{"Up", "\033OA"}, {"Down", "\033OB"}, {"Right", "\033OC"}, {"Left", "\033OD"},
	{"Home", "\033OH"}, {"End", "\033OF"}, {"PgUp", "\033[5~"}, {"PgDn", "\033[6~"},
	{"Del", "\033[3~"}, {"F1", "\033OP"}, {"F2", "\033OQ"}, {"F3", "\033OR"},
	{"F4", "\033OS"}, {"F5", "\033[15~"}, {"F6", "\033[17~"}, {"F7", "\033[18~"},
	{"F8", "\033[19~"}, {"F9", "\033[20~"}, {"F10", "\033[21~"},
};

/* The bytes of a named key; NULL if unknown. */
static const char *
key_bytes(const char *name, char *ctrl)
{
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (strcmp(named_keys[i].name, name) == 0)
			return named_keys[i].seq;
	if (name[0] != '\0' && name[1] == '\0')
		return name;
	if (name[0] == 'C' && name[1] == '-' && name[2] >= 'a' && name[2] <= 'z' && name[3] == '\0') {
		ctrl[0] = (char)(name[2] - 'a' + 1);
		ctrl[1] = '\0';
		return ctrl;
	}
	return NULL;
}

/* Type each UTF-8 character of text as one key. */
static void
type_text(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;

	while (*p != '\0') {
		size_t n = *p < 0x80 ? 1 : *p < 0xe0 ? 2 : *p < 0xf0 ? 3 : 4;
		size_t i;
		for (i = 1; i < n && p[i] != '\0'; i++)
			;
		send_key((const char *)p, i);
		p += i;
	}
}

/* Run one script line; -1 on an error that ends the run. */
static int
script_line(char *line, int lineno)
{
	char *arg, ctrl[2];
	size_t n = strcspn(line, "\r\n");

	line[n] = '\0';
	if (line[0] == '#' || line[0] == '\0')
		return 0;
	arg = strchr(line, ' ');
	if (arg != NULL)
		*arg++ = '\0';
	else
		arg = line + n;
	if (strcmp(line, "type") == 0) {
		type_text(arg);
	} else if (strcmp(line, "label") == 0) {
		snprintf(label, sizeof label, "%s", arg);
	} else if (strcmp(line, "stamp") == 0) {
		size_t used = strlen(stamps);
		snprintf(stamps + used, sizeof stamps - used, " %s=%.3f", arg, now_ms() - t_start);
	} else if (strcmp(line, "sleep") == 0) {
		double end = now_ms() + atoi(arg);
		while (now_ms() < end)
			pump(1);
	} else if (strcmp(line, "expect") == 0) {
		if (wait_for(arg) != 0) {
			fprintf(stderr, "ptydrive: line %d: \"%s\" never appeared\n", lineno, arg);
			return -1;
		}
	} else if (strcmp(line, "key") == 0) {
		char *count = strchr(arg, ' ');
		int times = 1;
		const char *seq;
		if (count != NULL) {
			*count++ = '\0';
			times = atoi(count);
		}
		if ((seq = key_bytes(arg, ctrl)) == NULL) {
			fprintf(stderr, "ptydrive: line %d: unknown key %s\n", lineno, arg);
			return -1;
		}
		while (times-- > 0)
			send_key(seq, strlen(seq));
	} else {
		fprintf(stderr, "ptydrive: line %d: unknown command %s\n", lineno, line);
		return -1;
	}
	return 0;
}

/* Play a whole script; -1 if it stopped early. */
static int
play(const char *path)
{
	char line[4096];
	int lineno = 0, rc = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while (rc == 0 && fgets(line, sizeof line, f) != NULL)
		rc = script_line(line, ++lineno);
	fclose(f);
	return rc;
}

/* Stop the program and collect its status and peak memory. */
static int
finish(struct rusage *ru)
{
	double end;
	int status = 0;

	if (!child_gone)
		kill(child, SIGTERM);
	end = now_ms() + 3000;
	while (wait4(child, &status, WNOHANG, ru) == 0) {
		if (now_ms() > end) {
			kill(child, SIGKILL);
			end = now_ms() + 1e9;
		}
		if (pump(5) < 0)
			usleep(1000);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int
main(int argc, char **argv)
{
	const char *marker = NULL, *script = NULL, *results_path = NULL;
	struct winsize ws = {24, 80, 0, 0};
	struct rusage ru;
	double t0, first = -1;
	int opt, rc = 0, status;

	while ((opt = getopt(argc, argv, "+m:s:l:r:t:S:")) != -1) {
		switch (opt) {
		case 'm': marker = optarg; break;
		case 's': script = optarg; break;
		case 'l': keylog_path = optarg; break;
		case 'r': results_path = optarg; break;
		case 't': timeout_ms = atoi(optarg); break;
		case 'S': smaps_path = optarg; break;
		default: return 2;
		}
	}
	if (optind >= argc) {
		fputs("usage: ptydrive [-m MARKER] [-s SCRIPT] [-l KEYLOG -r RESULTS] [-t MS] [-S SMAPS] -- CMD [ARG...]\n",
		      stderr);
		return 2;
	}
	if (results_path != NULL && (results = fopen(results_path, "w")) == NULL) {
		perror(results_path);
		return 2;
	}
	t0 = t_start = now_ms();
	child = forkpty(&master, NULL, NULL, &ws);
	if (child < 0) {
		perror("ptydrive: forkpty");
		return 1;
	}
	if (child == 0) {
		setenv("TERM", "xterm", 1);
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "ptydrive: %s: %s\n", argv[optind], strerror(errno));
		_exit(127);
	}
	if (marker != NULL) {
		if (wait_for(marker) == 0) {
			first = now_ms() - t0;
		} else {
			fprintf(stderr, "ptydrive: the first screen (\"%s\") never appeared\n", marker);
			rc = 1;
		}
	}
	if (rc == 0 && script != NULL && play(script) != 0)
		rc = 1;
	if (smaps_path != NULL && !child_gone)
		save_smaps();
	status = finish(&ru);
	if (results != NULL)
		fclose(results);
	printf("first_ms=%.3f keys=%d missed=%d maxrss_kb=%ld rss_after_login_kb=%ld status=%d%s\n", first, nkeys,
	       nmissed, ru.ru_maxrss, rss_after_login_kb, status, stamps);
	return rc;
}
