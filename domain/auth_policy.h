/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * auth_policy.h: the rules for PINs and passwords, pure (no database).
 *
 * Secrets are hashed with libsodium's crypto_pwhash_str: Argon2id with
 * 7 MiB of memory and 5 passes, one of the equivalent configurations OWASP
 * recommends for Argon2id (its password storage guidance lists 19 MiB x 2,
 * 12 MiB x 3, 9 MiB x 4 and 7 MiB x 5). libsodium's "interactive" limits
 * (64 MiB) would quadruple the interface's memory on an old commune PC for
 * every login; a short PIN's safety rests on the throttling below and on
 * the database file being readable by its owner only. The encoded hash
 * carries its own parameters, so a hash made with other limits still
 * verifies, and a login that finds a weaker one hashes the PIN again with
 * these limits. Only a test program (domain/seams.h, seam_fast_auth) makes
 * new hashes with the minimum limits (still Argon2id): it keeps hundreds of
 * logins fast under valgrind; the release program has no such switch.
 *
 * Throttling, counted per account in the database (so a script that
 * restarts danso gains nothing):
 *   failure 1          no wait
 *   failure 2, 3, 4    the next attempt must wait 5, 15, 30 seconds
 *   failure 5          the account is locked for 15 minutes
 * A success clears the count; when a lock has run out the count restarts.
 */
#ifndef DANSO_AUTH_POLICY_H
#define DANSO_AUTH_POLICY_H

#include "domain/error.h"

#include <stddef.h>
#include <time.h>

#define AUTH_MAX_FAILURES 5
#define AUTH_LOCK_SECONDS (15 * 60)
#define AUTH_SECRET_MIN 4
#define AUTH_SECRET_MAX 64
#define AUTH_HASH_LEN 128   /* >= crypto_pwhash_STRBYTES */
#define AUTH_HASH_MEMORY ((size_t)7 * 1024 * 1024)  /* Argon2id memory, bytes */
#define AUTH_HASH_PASSES 5ULL                        /* Argon2id passes */

/* Check the form of a new PIN or password: 4-64 bytes of printable text,
 * not one character repeated, not a run such as 1234 or 4321 for short
 * digit PINs. 0 ok, -1 with err saying what to change. */
int auth_secret_form_ok(const char *secret, ds_err *err);

/* Check the form of a login: 2-31 characters among a-z, 0-9, '.', '_',
 * '-', starting with a letter. 0 ok, -1 with err. */
int auth_login_form_ok(const char *login, ds_err *err);

/* Hash secret into out (NUL-terminated). 0 ok, -1 on out-of-memory. */
int auth_secret_hash(const char *secret, char out[AUTH_HASH_LEN]);

/* 1 if secret matches hash, 0 if not (or hash is malformed). */
int auth_secret_verify(const char *hash, const char *secret);

/* 1 if hash was made with weaker limits than auth_secret_hash() uses now
 * (less memory, or less memory x passes, or not Argon2id): the login that
 * verified it hashes the PIN again. 0 if it is as strong or stronger
 * (libsodium's interactive 64 MiB x 2 is kept). */
int auth_secret_weak(const char *hash);

/* Seconds the account must wait after its n-th consecutive failure before
 * the next attempt; AUTH_LOCK_SECONDS from the AUTH_MAX_FAILURES-th. */
int auth_wait_after(int failures);

/* The failure count that still counts at time now: a lock or wait that has
 * run out after AUTH_MAX_FAILURES failures starts the count again. */
int auth_failures_in_force(int failures, time_t blocked_until, time_t now);


#endif
