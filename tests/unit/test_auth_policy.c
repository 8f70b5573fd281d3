/* test_auth_policy.c: the PIN hash's parameters (Argon2id, 7 MiB, 5
 * passes) and that hashes made with other limits still verify. */
#include "config.h"

#include "domain/auth_policy.h"
#include "domain/i18n.h"
#include "tests/tap.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int
main(void)
{
	char hash[AUTH_HASH_LEN], old[crypto_pwhash_STRBYTES];
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
	ok(auth_secret_form_ok("1111", &err) != 0, "a repeated digit is refused as a new PIN");
	ok(auth_secret_form_ok("2468", &err) == 0, "2468 is accepted");
	return tap_done();
}
