/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* tap.c: Test Anything Protocol output for the unit tests. */
#include "config.h"

#include "tests/tap.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_count;
static int tap_failed;

/* Print one result line; returns pass. */
static int
tap_vresult(int pass, const char *file, int line, const char *fmt, va_list ap)
{
	tap_count++;
	printf("%sok %d - ", pass ? "" : "not ", tap_count);
	vprintf(fmt, ap);
	putchar('\n');
	if (!pass) {
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	fflush(stdout);
	return pass;
}

/* One check of a condition. */
int
tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vresult(pass, file, line, fmt, ap);
	va_end(ap);
	return pass;
}

/* n checks that cannot run here, each a TAP skip with its reason. */
void
tap_skip(int n, const char *reason)
{
	for (int i = 0; i < n; i++) {
		tap_count++;
		printf("ok %d # SKIP %s\n", tap_count, reason);
	}
	fflush(stdout);
}

/* One check that two integers are equal. */
int
tap_is_int(long long got, long long want, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int pass = got == want;

	va_start(ap, fmt);
	tap_vresult(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass)
		printf("#   got %lld, want %lld\n", got, want);
	return pass;
}

/* One check that two strings are equal (NULL never equals a string). */
int
tap_is_str(const char *got, const char *want, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int pass = got != NULL && want != NULL && strcmp(got, want) == 0;

	va_start(ap, fmt);
	tap_vresult(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass)
		printf("#   got  \"%s\"\n#   want \"%s\"\n", got ? got : "(null)", want ? want : "(null)");
	return pass;
}

/* A comment line in the output. */
void
tap_diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* The plan line and the exit status. */
int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed == 0 && tap_count > 0 ? 0 : 1;
}

/* A new private directory under $TMPDIR. */
char *
tap_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *path;
	size_t n;

	if (base == NULL || *base == '\0')
		base = "/tmp";
	n = strlen(base) + 32;
	path = malloc(n);
	if (path == NULL)
		abort();
	snprintf(path, n, "%s/danso-test-XXXXXX", base);
	if (mkdtemp(path) == NULL) {
		perror("mkdtemp");
		abort();
	}
	return path;
}
