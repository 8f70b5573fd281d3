/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * tap.h: a small Test Anything Protocol producer for the C unit tests.
 * Each check prints "ok N - what" or "not ok N - what" with the place it
 * failed; tap_done() prints the plan and returns the exit status. Automake's
 * tap-driver counts every check, so .ci/run reports each assertion.
 */
#ifndef DANSO_TAP_H
#define DANSO_TAP_H

#include "platform/format.h"

#include <stdint.h>

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) tap_is_int((long long)(got), (long long)(want), __FILE__, __LINE__, __VA_ARGS__)
#define is_str(got, want, ...) tap_is_str((got), (want), __FILE__, __LINE__, __VA_ARGS__)

int tap_ok(int pass, const char *file, int line, const char *fmt, ...) PLAT_PRINTF(4, 5);
int tap_is_int(long long got, long long want, const char *file, int line, const char *fmt, ...)
	PLAT_PRINTF(5, 6);
int tap_is_str(const char *got, const char *want, const char *file, int line, const char *fmt, ...)
	PLAT_PRINTF(5, 6);
/* Count n checks that cannot run here (a missing device or tool) as TAP
 * skips with reason: never as passes. */
void tap_skip(int n, const char *reason);
/* Print a "# ..." diagnostic line. */
void tap_diag(const char *fmt, ...) PLAT_PRINTF(1, 2);
/* Print the plan; returns 0 if every check passed, 1 otherwise. */
int tap_done(void);

/* A fresh temporary directory for this test (removed by the caller or left
 * in /tmp on failure for inspection). Caller owns the string. */
char *tap_tmpdir(void);

#endif
