/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fuzz_ime.c: arbitrary bytes as keys in every input mode; the engine must
 * never crash and must always return valid UTF-8. */
#include "config.h"

#include "domain/ime.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort unless s is valid UTF-8 (what the fuzzer is looking for). */
static void
check_utf8(const char *s, const char *what)
{
	size_t bad;

	if (!vn_utf8_valid(s, strlen(s), &bad)) {
		fprintf(stderr, "fuzz_ime: %s gave invalid UTF-8 at byte %zu\n", what, bad);
		abort();
	}
}

/* Type the data as keys one at a time, as the line editor does: each byte
 * is a key, and a byte >= 0xF0 starts a key made of the next three bytes
 * (any 21-bit value, so invalid code points are tried too). */
static void
type_keys(ime_mode mode, const uint8_t *data, size_t size)
{
	char word[IME_WORD_SIZE] = "", next[IME_WORD_SIZE];

	for (size_t i = 0; i < size; i++) {
		uint32_t key = data[i];

		if (key >= 0xF0 && i + 3 < size) {
			key = ((uint32_t)data[i + 1] << 16 | (uint32_t)data[i + 2] << 8 | data[i + 3]) & 0x1FFFFF;
			i += 3;
		}
		ime_process(mode, word, key, next, sizeof next);
		check_utf8(next, "ime_process");
		/* Start a new word now and then, like a space would. */
		if (strlen(next) > 64 || key == ' ')
			next[0] = '\0';
		memcpy(word, next, sizeof word);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const ime_mode modes[] = {IME_OFF, IME_TELEX, IME_VNI};
	char *keys = xstrndup((const char *)data, size);
	char out[1024];

	for (size_t m = 0; m < ARRAY_LEN(modes); m++) {
		ime_apply(modes[m], keys, out, sizeof out);
		check_utf8(out, "ime_apply");
		ime_process(modes[m], keys, 's', out, sizeof out);
		check_utf8(out, "ime_process on raw bytes");
		type_keys(modes[m], data, size);
	}
	free(keys);
	return 0;
}
