/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_codes.c: libFuzzer target for the code and identifier checks that
 * see outside input (imports, forms): person ids, household numbers, ISO
 * dates, logins and PINs. The input is split at the first NUL-free line
 * break so one run tries the same bytes through every checker. */
#include "config.h"

#include "db/register.h"
#include "domain/auth_policy.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/util.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size);
	ds_err err;
	int ok = 0;

	ok += db_valid_person_id(s);
	ok += db_valid_household_number(s);
	ok += date_valid(s) + date_valid_or_year(s);
	ok += auth_login_form_ok(s, &err) == 0;
	ok += auth_secret_form_ok(s, &err) == 0;
	/* A valid person id is 10, 12 or 15 bytes; anything else accepted is a bug. */
	if (db_valid_person_id(s) && !(strlen(s) == 0 || strlen(s) == 10 || strlen(s) == 12 || strlen(s) == 15))
		abort();
	free(s);
	return ok < 0;
}
