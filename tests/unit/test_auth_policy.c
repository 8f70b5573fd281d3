/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_auth_policy.c: the PIN hash's parameters (Argon2id, 7 MiB, 5
 * passes), that hashes made with other limits still verify, which of them
 * a login makes again (auth_secret_weak), and the clock's time stamps. */
#include "config.h"

#include "domain/auth_policy.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "tests/tap.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
	char hash[AUTH_HASH_LEN], old[crypto_pwhash_STRBYTES], weak[crypto_pwhash_STRBYTES], iso[CLOCK_ISO_LEN];
	ds_err err = {0};

	unsetenv("DANSO_TEST_FAST_AUTH");
	i18n_set(LANG_EN);
	ok(sodium_init() >= 0, "libsodium starts");
	ok(auth_secret_hash("2468", hash) == 0, "a PIN is hashed");
	ok(strncmp(hash, "$argon2id$v=19$m=7168,t=5,p=1$", 30) == 0, "with Argon2id, 7 MiB, 5 passes: %.40s", hash);
	ok(auth_secret_verify(hash, "2468"), "the right PIN verifies");
	ok(!auth_secret_verify(hash, "2469"), "a wrong PIN does not");
	ok(!auth_secret_verify(hash, ""), "an empty PIN does not");
	ok(crypto_pwhash_str_alg(old, "1357", 4, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
	                         crypto_pwhash_ALG_ARGON2ID13) == 0, "a hash with libsodium's interactive limits");
	ok(auth_secret_verify(old, "1357"), "still verifies (the hash carries its parameters)");
	ok(!auth_secret_verify("not a hash", "1357"), "garbage in the hash column never verifies");
	ok(!auth_secret_weak(hash), "a hash with the release limits is not made again at login");
	ok(!auth_secret_weak(old), "nor one with stronger limits (interactive: 64 MiB)");
	ok(crypto_pwhash_str_alg(weak, "1357", 4, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN,
	                         crypto_pwhash_ALG_ARGON2ID13) == 0, "a hash with the minimum limits (the test build's)");
	ok(auth_secret_weak(weak), "is weak: the next login hashes the PIN again");
	ok(auth_secret_weak("$argon2i$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"), "so is one of another algorithm");
	ok(auth_secret_weak("not a hash"), "and anything unreadable");
	setenv("DANSO_TEST_FAST_AUTH", "1", 1);
	ok(!auth_secret_weak(weak), "with the test seam's fast hashing, a minimum hash is not weak (no churn in tests)");
	unsetenv("DANSO_TEST_FAST_AUTH");

	clock_format_iso(0, iso);
	is_str(iso, "1970-01-01T00:00:00Z", "time 0 as ISO UTC");
	ok(clock_parse_iso("2025-03-10T08:00:00Z") == 1741593600, "an ISO time parses to its epoch second");
	clock_format_iso(clock_parse_iso("2024-02-29T23:59:59Z"), iso);
	is_str(iso, "2024-02-29T23:59:59Z", "and formats back the same");
	ok(clock_parse_iso("") == 0 && clock_parse_iso("2025-03-10 08:00:00") == 0 &&
	   clock_parse_iso("2025-03-10T08:00:00Zx") == 0, "\"\" and other forms parse to 0 (never)");
	setenv("DANSO_NOW", "2031-05-06T07:08:09Z", 1);
	clock_now_iso(iso);
	is_str(iso, "2031-05-06T07:08:09Z", "the test seam fixes now");
	unsetenv("DANSO_NOW");
	clock_now_iso(iso);
	ok(strcmp(iso, "2025-01-01") > 0 && strcmp(iso, "2031-05-06T07:08:09Z") != 0, "without it now is the system clock's: %s", iso);
	ok(auth_secret_form_ok("1111", &err) != 0, "a repeated digit is refused as a new PIN");
	ok(auth_secret_form_ok("2468", &err) == 0, "2468 is accepted");
	return tap_done();
}
