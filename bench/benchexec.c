/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * benchexec.c: run one command once and print what it cost.
 *
 *   benchexec [-i IN] [-o OUT] -- COMMAND [ARG...]
 *
 * Prints one line on stdout: "WALL_MS MAXRSS_KB STATUS", where WALL_MS is the
 * wall-clock time from fork() to the child's exit (CLOCK_MONOTONIC), MAXRSS_KB
 * the child's peak resident set size from wait4()'s rusage, and STATUS its exit
 * status (128+N when killed by signal N). The child's stdin is IN (default
 * /dev/null) and its stdout OUT (default /dev/null); stderr is left alone.
 * Part of bench/: never built or run by make check.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Milliseconds between two monotonic time points. */
static double
elapsed_ms(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

/* Open path onto fd in the child, or die. */
static void
redirect(const char *path, int flags, int fd)
{
	int f = open(path, flags, 0644);

	if (f < 0) {
		fprintf(stderr, "benchexec: %s: %s\n", path, strerror(errno));
		_exit(127);
	}
	if (f != fd) {
		dup2(f, fd);
		close(f);
	}
}

int
main(int argc, char **argv)
{
	const char *in = "/dev/null", *out = "/dev/null";
	struct timespec t0, t1;
	struct rusage ru;
	int opt, status;
	pid_t pid;

	while ((opt = getopt(argc, argv, "+i:o:")) != -1) {
		if (opt == 'i')
			in = optarg;
		else if (opt == 'o')
			out = optarg;
		else
			return 2;
	}
	if (optind >= argc) {
		fputs("usage: benchexec [-i IN] [-o OUT] -- COMMAND [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("benchexec: fork");
		return 1;
	}
	if (pid == 0) {
		redirect(in, O_RDONLY, 0);
		redirect(out, O_WRONLY | O_CREAT | O_TRUNC, 1);
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "benchexec: %s: %s\n", argv[optind], strerror(errno));
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("benchexec: wait4");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %ld %d\n", elapsed_ms(&t0, &t1), ru.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
