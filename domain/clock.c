/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* clock.c: now and today (domain/clock.h). */
#include "config.h"

#include "domain/clock.h"
#include "domain/seams.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <stdio.h>
#include <string.h>

time_t
clock_now(void)
{
	time_t t;

	if (seam_fixed_now(&t))
		return t;
	t = time(NULL);
	if (t == (time_t)-1)
		fatal("cannot read the system clock");
	return t;
}

void
clock_now_iso(char buf[CLOCK_ISO_LEN])
{
	clock_format_iso(clock_now(), buf);
}

void
clock_today(char out[CLOCK_DAY_LEN])
{
	time_t t;
	struct tm tm;

	if (seam_fixed_today(out))
		return;
	t = clock_now();
	if (localtime_r(&t, &tm) == NULL || strftime(out, CLOCK_DAY_LEN, "%Y-%m-%d", &tm) != CLOCK_DAY_LEN - 1)
		fatal("cannot read the system clock");
}

time_t
clock_parse_iso(const char *iso)
{
	struct tm tm = {0};
	int y, mo, d, h, mi, s;
	char z;

	if (iso == NULL || strlen(iso) != CLOCK_ISO_LEN - 1 ||
	    sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7 || z != 'Z')
		return 0;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	return plat_timegm(&tm);
}

void
clock_format_iso(time_t t, char buf[CLOCK_ISO_LEN])
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL || strftime(buf, CLOCK_ISO_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm) != CLOCK_ISO_LEN - 1)
		fatal("cannot format the time %lld", (long long)t);
}
