/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * utf8.h: UTF-8 text as code points and as display cells, for everything
 * that draws or lays out text (the interface in tui/, the text report).
 *
 * Code points: utf8_encode() and utf8_decode() (a malformed byte decodes
 * as U+FFFD and is skipped alone, so a walk always ends). Characters:
 * utf8_chars() counts them, utf8_char_len() and utf8_prev() find their
 * boundaries, never inside one.
 *
 * Cells: the columns a monospaced terminal gives a character, from
 * utf8proc's width tables (the same in every locale): 0 for a combining
 * mark, 2 for a wide (CJK, emoji) character, 1 otherwise. A control
 * character counts 1, since whoever draws it shows a stand-in (a space).
 * utf8_fit() finds how much of a text fits in n cells; utf8_cut() copies
 * what fits, ending with UTF8_CUT_MARK when something was left out.
 */
#ifndef DANSO_UTF8_H
#define DANSO_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_CHAR_MAX 4                /* bytes of one encoded code point */
#define UTF8_CUT_MARK "\xe2\x80\xa6"   /* "…", one cell: the text goes on */

/* 1 if b is a continuation byte (10xxxxxx). */
static inline int
utf8_is_cont(unsigned char b)
{
	return (b & 0xc0) == 0x80;
}

/* Encode cp into out (not NUL-terminated); returns its bytes, 0 if cp is
 * not a Unicode scalar value (a surrogate, or above U+10FFFF). */
size_t utf8_encode(uint32_t cp, char out[UTF8_CHAR_MAX]);

/* The code point at *s, moving *s past it; a malformed or truncated
 * sequence gives U+FFFD and moves one byte. At the NUL gives 0 and does
 * not move. */
uint32_t utf8_decode(const char **s);

/* Bytes of the character at s: its first byte and the continuation bytes
 * that follow (a stray continuation byte stays with the character before
 * it); 0 at the NUL. */
size_t utf8_char_len(const char *s);

/* Offset of the start of the character that ends at offset at of s (0
 * when at is 0). */
size_t utf8_prev(const char *s, size_t at);

/* Characters in s (bytes that are not continuation bytes). */
size_t utf8_chars(const char *s);

/* Cells of one code point (see above). */
int utf8_cp_width(uint32_t cp);

/* Cells of a whole text. */
int utf8_width(const char *s);

/* Bytes of the longest start of s that fits in cells columns, never
 * cutting a character (combining marks stay with their letter); *used (if
 * not NULL) gets its width. */
size_t utf8_fit(const char *s, int cells, int *used);

/* Copy s into out (size n) cut to at most cells columns: when s does not
 * fit, what fits in cells - 1 followed by UTF8_CUT_MARK. Returns the width
 * of out. A too small out is cut at a character boundary too. */
int utf8_cut(const char *s, int cells, char *out, size_t n);

#endif
