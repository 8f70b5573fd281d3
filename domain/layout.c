/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* layout.c: texts fitted into columns of cells (see layout.h). */
#include "config.h"

#include "domain/layout.h"
#include "domain/utf8.h"

#include <string.h>

/* Bytes of s without its trailing spaces. */
static size_t
trimmed_len(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len;
}

/* Copy len bytes of s and a suffix into out (size n), never splitting a
 * character when out is too small. */
static void
copy_with(char *out, size_t n, const char *s, size_t len, const char *suffix)
{
	size_t sl = strlen(suffix);

	if (n == 0)
		return;
	if (len + sl + 1 > n) {
		len = n > sl + 1 ? n - sl - 1 : 0;
		while (len > 0 && utf8_is_cont((unsigned char)s[len]))
			len--;
		if (sl + 1 > n)
			sl = 0;
	}
	memcpy(out, s, len);
	memcpy(out + len, suffix, sl);
	out[len + sl] = '\0';
}

int
lay_fit(const char *s, int cells, char *out, size_t n)
{
	size_t len = trimmed_len(s, strlen(s)), fit, word;

	if (cells <= 0) {
		copy_with(out, n, "", 0, "");
		return 0;
	}
	fit = utf8_fit(s, cells, NULL);
	if (fit >= len) {
		copy_with(out, n, s, len, "");
		return utf8_width(out);
	}
	/* room for the mark; prefer the end of a word that keeps enough */
	fit = utf8_fit(s, cells - 1, NULL);
	word = fit;
	if (s[word] != ' ') {
		while (word > 0 && s[word - 1] != ' ')
			word--;
	}
	word = trimmed_len(s, word);
	if (word > 0) {
		char head[1024];
		copy_with(head, sizeof head, s, word, "");
		if (3 * utf8_width(head) >= 2 * (cells - 1))
			fit = word;
	}
	copy_with(out, n, s, trimmed_len(s, fit), UTF8_CUT_MARK);
	return utf8_width(out);
}

void
lay_col(char *line, size_t n, const char *s, int width)
{
	size_t len = strlen(line);
	int used;

	if (len + 1 >= n)
		return;
	used = lay_fit(s, width - 1, line + len, n - len);
	len = strlen(line);
	for (; used < width && len + 1 < n; used++)
		line[len++] = ' ';
	line[len] = '\0';
}

void
lay_pair(char *line, size_t n, const char *label, int label_w, const char *value, int width)
{
	size_t len;

	lay_col(line, n, label, label_w);
	len = strlen(line);
	if (len + 1 < n)
		lay_fit(value, width - label_w, line + len, n - len);
}

/* 1 if the word at w (up to a space or the end) holds a ':'. */
static int
word_has_colon(const char *w)
{
	for (; *w != '\0' && *w != ' '; w++)
		if (*w == ':')
			return 1;
	return 0;
}

int
lay_keys(const char *hints, int cells, char *out, size_t n)
{
	size_t len = trimmed_len(hints, strlen(hints)), ends[64];
	size_t nh = 0;
	char head[1024];
	int k;

	copy_with(head, sizeof head, hints, len, "");
	if (utf8_width(head) <= cells) {
		copy_with(out, n, hints, len, "");
		return utf8_width(out);
	}
	/* where each hint ends: before a later word that holds ':' */
	for (size_t i = 0; i < len && nh < 64; i++) {
		if (hints[i] == ' ' && i + 1 < len && hints[i + 1] != ' ' && word_has_colon(hints + i + 1))
			ends[nh++] = trimmed_len(hints, i);
	}
	/* the most whole hints that leave room for " …" */
	for (k = (int)nh - 1; k >= 0; k--) {
		copy_with(head, sizeof head, hints, ends[k], " " UTF8_CUT_MARK);
		if (utf8_width(head) <= cells)
			break;
	}
	if (k >= 0)
		copy_with(out, n, hints, ends[k], " " UTF8_CUT_MARK);
	else
		copy_with(out, n, "", 0, cells > 0 ? UTF8_CUT_MARK : "");
	return utf8_width(out);
}
