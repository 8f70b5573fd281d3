/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* seams.c: the release program's seams (domain/seams.h): none fires.
 * This file defines nothing but the seams, so a test program that links
 * tests/seams_test.c never pulls it from the library. */
#include "config.h"

#include "domain/seams.h"

int
seam_fixed_now(time_t *t)
{
	(void)t;
	return 0;
}

int
seam_fixed_today(char *out)
{
	(void)out;
	return 0;
}

int
seam_fast_auth(void)
{
	return 0;
}

int
seam_disk_full(void)
{
	return 0;
}

const char *
seam_keylog(void)
{
	return NULL;
}

const char *
seam_media_roots(void)
{
	return NULL;
}

const char *
seam_drawlog(void)
{
	return NULL;
}

const char *
seam_library(const char *which)
{
	(void)which;
	return NULL;
}
