/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * clock.h: the one home of "now" and "today".
 *
 * Every time stamp the register stores (audit rows, events' created_at,
 * locks, backups, login waits) and every "today" a rule compares with (no
 * date in the future, the last complete month) comes from here.
 *
 * The release program reads the system clock and nothing else. Only a test
 * program can fix the clock: it links tests/seams_test.c in place of
 * domain/seams.c (docs/architecture.md, "Test seams"), so no environment
 * variable moves the clock of the shipped danso.
 */
#ifndef DANSO_CLOCK_H
#define DANSO_CLOCK_H

#include <time.h>

#define CLOCK_ISO_LEN 21   /* "YYYY-MM-DDTHH:MM:SSZ" and its NUL */
#define CLOCK_DAY_LEN 11   /* "YYYY-MM-DD" and its NUL */

/* Now, in seconds since the epoch. */
time_t clock_now(void);

/* Now as "YYYY-MM-DDTHH:MM:SSZ" (UTC). */
void clock_now_iso(char buf[CLOCK_ISO_LEN]);

/* Today's local date as "YYYY-MM-DD". */
void clock_today(char out[CLOCK_DAY_LEN]);

/* "YYYY-MM-DDTHH:MM:SSZ" <-> time_t (UTC). parse returns 0 for text that
 * is not of that form (so "" means "never"). */
time_t clock_parse_iso(const char *iso);
void clock_format_iso(time_t t, char buf[CLOCK_ISO_LEN]);

#endif
