/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * seams.h: the few places where a test may change how danso behaves.
 *
 * A link seam, not a switch: the release program links domain/seams.c,
 * whose seams never fire, so nothing a user sets changes the clock, the
 * password hashing or the disk. The test program (tests/danso_test), the
 * unit tests and the kill driver link tests/seams_test.c, which defines
 * the same functions from the environment (DANSO_NOW, DANSO_TODAY,
 * DANSO_TEST_FAST_AUTH, DANSO_TEST_DISK_FULL, DANSO_KEYLOG, DANSO_MEDIA_ROOTS,
 * DANSO_TEST_DRAWLOG, DANSO_TEST_CURL_LIB, DANSO_TEST_XLSX_LIB). An
 * object named on the link line wins over the archive member, so
 * domain/seams.o is not linked into those programs. docs/architecture.md, "Test seams".
 */
#ifndef DANSO_SEAMS_H
#define DANSO_SEAMS_H

#include <time.h>

/* 1 and *t set when a test fixes "now"; 0 in the release program. */
int seam_fixed_now(time_t *t);

/* 1 and out ("YYYY-MM-DD", 11 bytes) set when a test fixes "today". */
int seam_fixed_today(char *out);

/* 1 when a test asks for the cheapest Argon2id limits. */
int seam_fast_auth(void);

/* 1 when a test simulates a full disk (no page may be added). */
int seam_disk_full(void);

/* The folders (separated by ':') where a test's mounted media are looked
 * for instead of /media/$USER ... (app/media.h), or NULL. */
const char *seam_media_roots(void);

/* The file the benchmark's key timings go to (bench/run.sh), or NULL. */
const char *seam_keylog(void);

/* The file every string the interface draws goes to (tests/screen/walk.sh),
 * or NULL. */
const char *seam_drawlog(void);

/* The file loaded instead of a library loaded when first used (which:
 * "curl", net/http.c; "xlsx", exchange/xlsx.c), for a test of the message
 * when it cannot be loaded or lacks a function; NULL: the real one. */
const char *seam_library(const char *which);

#endif
