/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_utf8.c: UTF-8 code points, characters and display cells. */
#include "config.h"

#include "domain/utf8.h"
#include "tests/tap.h"

#include <string.h>

/* Encoding cp gives the bytes want (n of them). */
static void
encodes(uint32_t cp, const char *want, size_t n)
{
	char out[UTF8_CHAR_MAX] = {0};
	size_t got = utf8_encode(cp, out);

	ok(got == n && memcmp(out, want, n) == 0, "U+%04X encodes in %zu bytes (got %zu)", (unsigned)cp, n, got);
}

/* Decoding s gives the code points want[0..n), then the end. */
static void
decodes(const char *s, const uint32_t *want, size_t n, const char *what)
{
	const char *p = s;
	size_t i;
	int same = 1;

	for (i = 0; i < n; i++)
		same &= utf8_decode(&p) == want[i];
	same &= *p == '\0' && utf8_decode(&p) == 0 && *p == '\0';
	ok(same, "%s", what);
}

/* Cutting s to cells columns in a buffer of n bytes gives want. */
static void
cuts(const char *s, int cells, size_t n, const char *want)
{
	char out[64];
	int w = utf8_cut(s, cells, out, n);

	is_str(out, want, "\"%s\" cut to %d cells (buffer %zu) is \"%s\"", s, cells, n, want);
	is_int(w, utf8_width(want), "and its width is returned");
}

int
main(void)
{
	size_t fit, bad = 0, skipped = 0;
	int used;

	/* Encoding. */
	encodes('A', "A", 1);
	encodes(0xe1, "\xc3\xa1", 2);              /* á */
	encodes(0x1ea1, "\xe1\xba\xa1", 3);        /* ạ */
	encodes(0x1f600, "\xf0\x9f\x98\x80", 4);   /* 😀 */
	is_int(utf8_encode(0xd800, (char[UTF8_CHAR_MAX]){0}), 0, "a surrogate is not encoded");
	is_int(utf8_encode(0x110000, (char[UTF8_CHAR_MAX]){0}), 0, "beyond U+10FFFF is not encoded");

	/* Decoding, with U+FFFD for each bad byte. */
	decodes("Nguy\xe1\xbb\x85n", (const uint32_t[]){'N', 'g', 'u', 'y', 0x1ec5, 'n'}, 6, "Nguyễn decodes");
	decodes("\xc3x", (const uint32_t[]){0xfffd, 'x'}, 2, "a lead byte without its continuation is U+FFFD");
	decodes("\xe1\xba", (const uint32_t[]){0xfffd, 0xfffd}, 2, "a cut sequence: one U+FFFD per byte");
	decodes("\xc0\xaf", (const uint32_t[]){0xfffd, 0xfffd}, 2, "an overlong form is refused");
	decodes("\xed\xa0\x80", (const uint32_t[]){0xfffd, 0xfffd, 0xfffd}, 3, "an encoded surrogate is refused");
	for (uint32_t cp = 1; cp < 0x110000; cp++) {
		char buf[UTF8_CHAR_MAX + 1] = {0};
		const char *p = buf;
		size_t n = utf8_encode(cp, buf);

		if (n > 0 && (utf8_decode(&p) != cp || p != buf + n))
			bad++;
		skipped += n == 0;
	}
	is_int(bad, 0, "every code point survives encoding and decoding");
	is_int(skipped, 0x800, "only the 2048 surrogates are not encoded");

	/* Characters. */
	is_int(utf8_chars("Nguy\xe1\xbb\x85n"), 6, "Nguyễn has 6 characters");
	is_int(utf8_chars(""), 0, "the empty text has none");
	is_int(utf8_char_len("\xe1\xbb\x85n"), 3, "ễ is 3 bytes");
	is_int(utf8_char_len("a\x80\x80" "b"), 3, "stray continuation bytes stay with the character before");
	is_int(utf8_char_len(""), 0, "nothing at the end");
	is_int(utf8_prev("Nguy\xe1\xbb\x85n", 7), 4, "back from after ễ to its start");
	is_int(utf8_prev("ab", 0), 0, "nothing before the start");

	/* Cells. */
	is_int(utf8_width("Nguy\xe1\xbb\x85n"), 6, "Nguyễn (NFC) takes 6 cells");
	is_int(utf8_width("Nguye\xcc\x82\xcc\x83n"), 6, "Nguyễn with combining marks takes 6 cells too");
	is_int(utf8_width("\xe4\xb8\xad\xe6\x96\x87"), 4, "two CJK characters take 4 cells");
	is_int(utf8_width("\xf0\x9f\x98\x80"), 2, "an emoji takes 2 cells");
	is_int(utf8_width("a\tb"), 3, "a control character counts one cell (drawn as a space)");
	is_int(utf8_width("a\xffz"), 3, "a bad byte counts one cell (U+FFFD)");
	is_int(utf8_width(UTF8_CUT_MARK), 1, "the cut mark takes one cell");
	is_int(utf8_width(""), 0, "the empty text takes none");

	/* Fitting. */
	fit = utf8_fit("\xe4\xb8\xad\xe6\x96\x87", 3, &used);
	ok(fit == 3 && used == 2, "in 3 cells only one CJK character fits (%zu bytes, %d cells)", fit, used);
	fit = utf8_fit("ae\xcc\x81" "b", 2, &used);
	ok(fit == 4 && used == 2, "a combining mark stays with its letter (%zu bytes, %d cells)", fit, used);
	ok(utf8_fit("abc", 10, NULL) == 3, "a short text fits whole");
	ok(utf8_fit("abc", 0, NULL) == 0, "nothing fits in no cells");

	/* Cutting with a mark. */
	cuts("T\xe1\xbb\x95ng", 4, 64, "T\xe1\xbb\x95ng");
	cuts("Nguy\xe1\xbb\x85n V\xc4\x83n An", 8, 64, "Nguy\xe1\xbb\x85n \xe2\x80\xa6");
	cuts("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 4, 64, "\xe4\xb8\xad\xe2\x80\xa6");
	cuts("abc", 1, 64, "\xe2\x80\xa6");
	cuts("abc", 0, 64, "");
	cuts("abcdefgh", 10, 6, "ab\xe2\x80\xa6");
	cuts("abc", 3, 4, "abc");
	return tap_done();
}
