/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* auth_policy.c: PIN form, Argon2id hashing and throttling. */
#include "config.h"

#include "domain/auth_policy.h"
#include "domain/i18n.h"
#include "domain/seams.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 if every byte of s is an ASCII digit. */
static int
all_digits(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* 1 if s is a run of consecutive digits up or down (1234, 98765). */
static int
digit_run(const char *s)
{
	size_t n = strlen(s);
	int up = 1, down = 1;

	for (size_t i = 1; i < n; i++) {
		up &= s[i] == s[i - 1] + 1;
		down &= s[i] == s[i - 1] - 1;
	}
	return up || down;
}

int
auth_secret_form_ok(const char *secret, ds_err *err)
{
	size_t n = strlen(secret);
	int same = 1;

	if (n < AUTH_SECRET_MIN)
		return ds_err_set(err, L("Mã PIN phải có ít nhất %d ký tự.", "The PIN needs at least %d characters."),
		                  AUTH_SECRET_MIN);
	if (n > AUTH_SECRET_MAX)
		return ds_err_set(err, L("Mã PIN dài quá %d ký tự.", "The PIN is longer than %d characters."),
		                  AUTH_SECRET_MAX);
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)secret[i] < 0x20 || secret[i] == 0x7f)
			return ds_err_set(err, L("Mã PIN có ký tự điều khiển.", "The PIN contains a control character."));
		same &= secret[i] == secret[0];
	}
	if (same)
		return ds_err_set(err, L("Mã PIN không được là một ký tự lặp lại.",
		                         "The PIN must not be one character repeated."));
	if (n < 8 && all_digits(secret) && digit_run(secret))
		return ds_err_set(err, L("Mã PIN dễ đoán quá (dãy số liên tiếp).",
		                         "The PIN is too easy to guess (a run of digits)."));
	return 0;
}

int
auth_login_form_ok(const char *login, ds_err *err)
{
	size_t n = strlen(login);

	if (n < 2 || n > 31 || login[0] < 'a' || login[0] > 'z')
		return ds_err_set(err, L("Tên đăng nhập phải dài 2-31 ký tự và bắt đầu bằng chữ thường a-z.",
		                         "A login has 2-31 characters and starts with a lower-case letter a-z."));
	for (size_t i = 0; i < n; i++) {
		char c = login[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
			return ds_err_set(err, L("Tên đăng nhập chỉ gồm a-z, 0-9, '.', '_' và '-'.",
			                         "A login may only hold a-z, 0-9, '.', '_' and '-'."));
	}
	return 0;
}

/* The Argon2id limits: 7 MiB and 5 passes (AUTH_HASH_MEMORY, AUTH_HASH_PASSES),
 * or the minimum for the test suite. */
static void
hash_limits(unsigned long long *ops, size_t *mem)
{
	if (seam_fast_auth()) {
		*ops = crypto_pwhash_OPSLIMIT_MIN;
		*mem = crypto_pwhash_MEMLIMIT_MIN;
	} else {
		*ops = AUTH_HASH_PASSES;
		*mem = AUTH_HASH_MEMORY;
	}
}

int
auth_secret_hash(const char *secret, char out[AUTH_HASH_LEN])
{
	unsigned long long ops;
	size_t mem;
	char buf[crypto_pwhash_STRBYTES];

	_Static_assert(crypto_pwhash_STRBYTES <= AUTH_HASH_LEN, "AUTH_HASH_LEN too small");
	if (sodium_init() < 0)
		return -1;
	hash_limits(&ops, &mem);
	if (crypto_pwhash_str_alg(buf, secret, strlen(secret), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
		return -1;
	memcpy(out, buf, sizeof buf);
	out[sizeof buf - 1] = '\0';
	sodium_memzero(buf, sizeof buf);
	return 0;
}

int
auth_secret_verify(const char *hash, const char *secret)
{
	char buf[crypto_pwhash_STRBYTES];

	if (sodium_init() < 0 || strlen(hash) >= sizeof buf)
		return 0;
	memset(buf, 0, sizeof buf);
	memcpy(buf, hash, strlen(hash));
	return crypto_pwhash_str_verify(buf, secret, strlen(secret)) == 0;
}

int
auth_secret_weak(const char *hash)
{
	unsigned long long ops;
	unsigned long m_kib, t;
	unsigned v, p;
	size_t mem;

	hash_limits(&ops, &mem);
	if (sscanf(hash, "$argon2id$v=%u$m=%lu,t=%lu,p=%u$", &v, &m_kib, &t, &p) != 4)
		return 1;
	/* Less memory is weaker whatever the passes; with as much or more, the
	 * work is memory x passes (OWASP's equivalent configurations). */
	return m_kib < mem / 1024 || (unsigned long long)m_kib * t < (unsigned long long)(mem / 1024) * ops;
}

int
auth_wait_after(int failures)
{
	static const int waits[] = {0, 0, 5, 15, 30};

	if (failures >= AUTH_MAX_FAILURES)
		return AUTH_LOCK_SECONDS;
	if (failures < 0)
		return 0;
	return waits[failures];
}

int
auth_failures_in_force(int failures, time_t blocked_until, time_t now)
{
	if (failures >= AUTH_MAX_FAILURES && now >= blocked_until)
		return 0;
	return failures;
}
