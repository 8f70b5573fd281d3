/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* ids.c: random identifiers, hashes and pseudonyms (libsodium). */
#include "config.h"

#include "domain/ids.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Start libsodium once, before any id is made. */
void
ids_init(void)
{
	if (sodium_init() < 0)
		fatal("libsodium could not start");
}

/* Random bytes as hex digits. */
void
ids_random_hex(char *out, size_t nbytes)
{
	unsigned char buf[64];

	if (nbytes > sizeof buf)
		fatal("ids_random_hex: %zu bytes is too many", nbytes);
	randombytes_buf(buf, nbytes);
	sodium_bin2hex(out, nbytes * 2 + 1, buf, nbytes);
}

/* A new random uid for a record. */
void
ids_new_uid(char out[UID_LEN + 1])
{
	ids_random_hex(out, UID_LEN / 2);
}

/* The k-th uid derived from a uid: BLAKE2b of "uid/k", 128 bits. */
void
ids_derived_uid(const char *uid, unsigned k, char out[UID_LEN + 1])
{
	unsigned char h[UID_LEN / 2];
	char text[UID_LEN + 16];
	int n = snprintf(text, sizeof text, "%s/%u", uid, k);

	if (n < 0 || (size_t)n >= sizeof text)
		fatal("ids_derived_uid: uid too long");
	crypto_generichash(h, sizeof h, (const unsigned char *)text, (size_t)n, NULL, 0);
	sodium_bin2hex(out, UID_LEN + 1, h, sizeof h);
}

/* The SHA-256 of a buffer as hex digits. */
void
ids_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	crypto_hash_sha256(h, data, len);
	sodium_bin2hex(out, 65, h, sizeof h);
}

/* Hash a file 64 KiB at a time so its size does not matter. */
int
ids_sha256_file(const char *path, char out[65], ds_err *err)
{
	crypto_hash_sha256_state st;
	unsigned char h[crypto_hash_sha256_BYTES];
	unsigned char *buf;
	FILE *fp = plat_fopen(path, "rb");
	size_t n;
	int failed;

	if (fp == NULL) {
		ds_err_set(err, L("không mở được tệp để tính SHA-256: %s", "cannot open the file to compute its SHA-256: %s"),
			   strerror(errno));
		ds_err_at(err, path, 0, 0, NULL);
		return -1;
	}
	buf = xmalloc(65536);
	crypto_hash_sha256_init(&st);
	while ((n = fread(buf, 1, 65536, fp)) > 0)
		crypto_hash_sha256_update(&st, buf, n);
	failed = ferror(fp);
	if (failed) {
		ds_err_set(err, L("không đọc được tệp: %s", "cannot read the file: %s"), strerror(errno));
		ds_err_at(err, path, 0, 0, NULL);
	}
	fclose(fp);
	free(buf);
	if (failed)
		return -1;
	crypto_hash_sha256_final(&st, h);
	sodium_bin2hex(out, 65, h, sizeof h);
	return 0;
}

/* Decode key_hex into key; its length in bytes, or 0 if it is not a whole
 * hex key of 16 to 32 bytes. */
static size_t
pseudonym_key(const char *key_hex, unsigned char key[crypto_generichash_KEYBYTES])
{
	size_t key_len = 0;
	const char *end = NULL;

	if (key_hex == NULL ||
	    sodium_hex2bin(key, crypto_generichash_KEYBYTES, key_hex, strlen(key_hex), NULL, &key_len, &end) != 0 ||
	    end == NULL || *end != '\0' || key_len < 16)
		return 0;
	return key_len;
}

int
ids_pseudonym_key_ok(const char *key_hex)
{
	unsigned char key[crypto_generichash_KEYBYTES];
	int ok = pseudonym_key(key_hex, key) != 0;

	sodium_memzero(key, sizeof key);
	return ok;
}

/* A person's stable pseudonymous key under the database's secret. */
void
ids_pseudonym(const char *key_hex, const char *uid, char out[21])
{
	unsigned char key[crypto_generichash_KEYBYTES];
	unsigned char h[10];
	size_t key_len = pseudonym_key(key_hex, key);

	if (key_len == 0)
		fatal("bad pseudonym key (not checked with ids_pseudonym_key_ok)");
	crypto_generichash(h, sizeof h, (const unsigned char *)uid, strlen(uid), key, key_len);
	sodium_bin2hex(out, 21, h, sizeof h);
}
