/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* seams_test.c: the test programs' seams (domain/seams.h), from the
 * environment. Linked into tests/danso_test, the unit tests and the kill
 * driver only, never into the installed danso:
 *   DANSO_NOW=YYYY-MM-DDTHH:MM:SSZ   fixes now (UTC)
 *   DANSO_TODAY=YYYY-MM-DD           fixes today (else today follows now)
 *   DANSO_TEST_FAST_AUTH=1           Argon2id with libsodium's minimum limits
 *   DANSO_TEST_DISK_FULL=1           the database may not grow
 *   DANSO_KEYLOG=FILE                each key's processing time (bench/)
 *   DANSO_MEDIA_ROOTS=DIR[:DIR]      where mounted media are looked for
 *   DANSO_TEST_DRAWLOG=FILE          every string drawn (tests/screen/walk.sh)
 *   DANSO_TEST_CURL_LIB=NAME         the library loaded as libcurl (net/http.c)
 *   DANSO_TEST_XLSX_LIB=NAME         ... as libxlsxwriter (exchange/xlsx.c) */
#include "config.h"

#include "domain/clock.h"
#include "domain/date.h"
#include "domain/seams.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

int
seam_fixed_now(time_t *t)
{
	const char *env = getenv("DANSO_NOW");

	if (env == NULL || (*t = clock_parse_iso(env)) == 0)
		return 0;
	return 1;
}

int
seam_fixed_today(char *out)
{
	const char *env = getenv("DANSO_TODAY");

	if (env == NULL || !date_valid(env))
		return 0;
	str_copy(out, DATE_LEN, env);
	return 1;
}

int
seam_fast_auth(void)
{
	const char *env = getenv("DANSO_TEST_FAST_AUTH");

	return env != NULL && strcmp(env, "1") == 0;
}

int
seam_disk_full(void)
{
	return getenv("DANSO_TEST_DISK_FULL") != NULL;
}

const char *
seam_keylog(void)
{
	return getenv("DANSO_KEYLOG");
}

const char *
seam_media_roots(void)
{
	return getenv("DANSO_MEDIA_ROOTS");
}

const char *
seam_drawlog(void)
{
	return getenv("DANSO_TEST_DRAWLOG");
}

const char *
seam_library(const char *which)
{
	if (strcmp(which, "curl") == 0)
		return getenv("DANSO_TEST_CURL_LIB");
	if (strcmp(which, "xlsx") == 0)
		return getenv("DANSO_TEST_XLSX_LIB");
	return NULL;
}
