/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * ids.h: random identifiers and secrets from libsodium.
 * ids_init() must run once before any other call (cli_main does it).
 */
#ifndef DANSO_IDS_H
#define DANSO_IDS_H

#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>

/* Initialise libsodium; fatal if it cannot start. */
void ids_init(void);

/* A new 128-bit random identifier as 32 lowercase hex digits. */
void ids_new_uid(char out[UID_LEN + 1]);

/* The k-th uid derived from uid (k >= 1): 32 lowercase hex digits of a
 * BLAKE2b-128 of the text "uid/k", the same for the same uid and k and, for
 * a uid of 128 random bits, as unlikely as a random one to meet any other.
 * For the records one action makes from one caller-given uid. */
void ids_derived_uid(const char *uid, unsigned k, char out[UID_LEN + 1]);

/* nbytes random bytes as 2*nbytes hex digits into out (size 2*nbytes+1). */
void ids_random_hex(char *out, size_t nbytes);

/* SHA-256 of data as 64 lowercase hex digits. */
void ids_sha256_hex(const void *data, size_t len, char out[65]);

/* SHA-256 of the file at path, read in pieces, as 64 lowercase hex digits.
 * 0 ok; -1 with err filled (file named) if it cannot be read. */
int ids_sha256_file(const char *path, char out[65], ds_err *err);

/* 1 if key_hex can key ids_pseudonym(): hex digits only, 16 to 32 bytes
 * (init stores 32). A damaged setting is the caller's to report. */
int ids_pseudonym_key_ok(const char *key_hex);

/* A stable pseudonymous key for a person: keyed BLAKE2b of the person's uid
 * under the database's secret key (hex), as 20 hex digits. key_hex must
 * pass ids_pseudonym_key_ok() (fatal otherwise: a programmer's mistake). */
void ids_pseudonym(const char *key_hex, const char *uid, char out[21]);

#endif
