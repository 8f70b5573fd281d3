/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* vntext.c: NFC, search keys and Vietnamese ordering (utf8proc). */
#include "config.h"

#include "domain/vntext.h"
#include "domain/utf8.h"
#include "domain/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Combining marks that make a different letter (ă â ê ô ơ ư). */
#define MARK_BREVE 0x0306
#define MARK_CIRCUMFLEX 0x0302
#define MARK_HORN 0x031B
/* Tone marks, in the dictionary order of tones (after ngang = none). */
static const int32_t tone_marks[] = {0x0300, 0x0309, 0x0303, 0x0301, 0x0323};

/* The alphabet in Vietnamese order; letters outside it (f j w z) take
 * their Latin place so foreign names still sort sensibly. */
static const char *const alphabet[] = {
	"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
	"n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
};

/* Check that text is UTF-8, saying where it is not. */
int
vn_utf8_valid(const char *s, size_t len, size_t *bad_at)
{
	size_t i = 0;

	while (i < len) {
		int32_t cp;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);

		if (r <= 0 || cp == 0) {
			if (bad_at != NULL)
				*bad_at = i;
			return 0;
		}
		i += (size_t)r;
	}
	return 1;
}

/* Text in Unicode NFC into a buffer. */
int
vn_nfc(const char *s, char *out, size_t n)
{
	char *nfc = vn_nfc_dup(s);
	int rc = -1;

	if (nfc != NULL && strlen(nfc) < n) {
		memcpy(out, nfc, strlen(nfc) + 1);
		rc = 0;
	} else if (n > 0) {
		out[0] = '\0';
	}
	free(nfc);
	return rc;
}

/* Text in Unicode NFC as a new string. */
char *
vn_nfc_dup(const char *s)
{
	utf8proc_uint8_t *dst = NULL;
	char *copy;

	if (!vn_utf8_valid(s, strlen(s), NULL))
		return NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &dst, UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE) < 0)
		return NULL;
	copy = xstrdup((const char *)dst);
	free(dst);
	return copy;
}

/* Decompose one code point into its base letter (lower case) and marks.
 * *letter_mark gets a breve/circumflex/horn (or 0), *tone a tone rank
 * 1..5 (or 0). đ/Đ come back as base 0x111. */
static int32_t
decompose(int32_t cp, int32_t *letter_mark, int *tone)
{
	utf8proc_int32_t parts[8];
	utf8proc_ssize_t n;
	int32_t base;

	*letter_mark = 0;
	*tone = 0;
	if (cp == 0x110 || cp == 0x111)
		return 0x111;
	n = utf8proc_decompose_char(cp, parts, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, NULL);
	if (n <= 0)
		return cp;
	base = parts[0];
	for (utf8proc_ssize_t i = 1; i < n; i++) {
		if (parts[i] == MARK_BREVE || parts[i] == MARK_CIRCUMFLEX || parts[i] == MARK_HORN)
			*letter_mark = parts[i];
		for (size_t t = 0; t < ARRAY_LEN(tone_marks); t++)
			if (parts[i] == tone_marks[t])
				*tone = (int)t + 1;
	}
	return base;
}

/* Append a code point to a bounded buffer (dropping what does not fit). */
static void
put_cp(char *out, size_t n, size_t *len, int32_t cp)
{
	char buf[UTF8_CHAR_MAX];
	size_t k = utf8_encode((uint32_t)cp, buf);

	if (k == 0 || *len + k + 1 > n)
		return;
	memcpy(out + *len, buf, k);
	*len += k;
	out[*len] = '\0';
}

/* The accent- and case-free key a name is searched by. */
void
vn_search_key(const char *s, char *out, size_t n)
{
	size_t len = 0;
	int32_t cp;
	int space = 0;

	if (n == 0)
		return;
	out[0] = '\0';
	while (*s != '\0') {
		cp = (int32_t)utf8_decode(&s);
		int32_t mark;
		int tone;
		int32_t base = decompose(cp, &mark, &tone);

		if (utf8proc_category(base) == UTF8PROC_CATEGORY_ZS || base == '\t' || base == '\n' || base == '\r') {
			space = len > 0;
			continue;
		}
		if (utf8proc_category(base) == UTF8PROC_CATEGORY_MN)
			continue;  /* a combining mark of NFD input */
		if (base == 0x111)
			base = 'd';
		if (space) {
			put_cp(out, n, &len, ' ');
			space = 0;
		}
		put_cp(out, n, &len, base);
	}
}

/* Whether a name's search key matches a query key (vntext.h). */
int
vn_search_match(const char *name_key, const char *query_key)
{
	size_t qlen = strlen(query_key);

	if (qlen == 0)
		return 1;
	for (const char *p = name_key; (p = strstr(p, query_key)) != NULL; p++)
		if (p == name_key || p[-1] == ' ')
			return 1;
	return 0;
}

void
vn_unaccent(const char *s, char *out, size_t n)
{
	size_t len = 0;
	int32_t cp;

	if (n == 0)
		return;
	out[0] = '\0';
	while (*s != '\0') {
		cp = (int32_t)utf8_decode(&s);
		utf8proc_int32_t parts[8];
		utf8proc_ssize_t k;

		if (cp == 0x110 || cp == 0x111) {
			put_cp(out, n, &len, cp == 0x110 ? 'D' : 'd');
			continue;
		}
		k = utf8proc_decompose_char(cp, parts, 8, UTF8PROC_DECOMPOSE, NULL);
		put_cp(out, n, &len, k > 0 ? parts[0] : cp);
	}
}

/* The rank byte of a letter in the Vietnamese alphabet ('A' + index), a
 * digit as itself, anything else '~'. */
static char
letter_rank(int32_t base, int32_t mark)
{
	char utf8[8] = {0};
	size_t len = 0;

	if (base >= '0' && base <= '9')
		return (char)base;
	put_cp(utf8, sizeof utf8, &len, base);
	if (mark != 0)
		put_cp(utf8, sizeof utf8, &len, mark);
	{
		char composed[8];

		if (vn_nfc(utf8, composed, sizeof composed) == 0)
			memcpy(utf8, composed, sizeof composed);
	}
	for (size_t i = 0; i < ARRAY_LEN(alphabet); i++)
		if (strcmp(alphabet[i], utf8) == 0)
			return (char)('A' + i);
	return '~';
}

/* Primary (letters) and secondary (tones) keys of one word. */
static void
word_keys(const char *w, size_t wlen, strbuf *primary, strbuf *tones)
{
	const char *p = w, *end = w + wlen;

	while (p < end) {
		int32_t cp, mark;
		int tone;
		utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)p, end - p, &cp);
		char rank, t;

		if (r <= 0) {
			p++;
			continue;
		}
		p += r;
		{
			int32_t base = decompose(cp, &mark, &tone);

			rank = letter_rank(base, mark);
		}
		strbuf_append(primary, &rank, 1);
		t = (char)('0' + tone);
		strbuf_append(tones, &t, 1);
	}
}

/* The key that sorts names the Vietnamese way. */
void
vn_sort_key(const char *full_name, char *out, size_t n)
{
	const char *words[32];
	size_t lens[32], nwords = 0;
	char *nfc = vn_nfc_dup(full_name);
	const char *p = nfc != NULL ? nfc : "";
	strbuf primary, tones;

	while (*p != '\0' && nwords < ARRAY_LEN(words)) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		words[nwords] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		lens[nwords] = (size_t)(p - words[nwords]);
		nwords++;
	}
	strbuf_init(&primary);
	strbuf_init(&tones);
	/* given name, family name, then the middle names in order */
	for (size_t k = 0; k < nwords; k++) {
		size_t i = k == 0 ? nwords - 1 : k == 1 ? 0 : k - 1;

		if (nwords == 1 && k > 0)
			break;
		word_keys(words[i], lens[i], &primary, &tones);
		strbuf_append(&primary, " ", 1);
		strbuf_append(&tones, " ", 1);
	}
	strbuf_puts(&primary, "|");
	strbuf_puts(&primary, tones.data != NULL ? tones.data : "");
	str_copy(out, n, primary.data != NULL ? primary.data : "");
	strbuf_free(&primary);
	strbuf_free(&tones);
	free(nfc);
}

/* Compare two full names the Vietnamese way. */
int
vn_name_cmp(const char *a, const char *b)
{
	char ka[512], kb[512];

	vn_sort_key(a, ka, sizeof ka);
	vn_sort_key(b, kb, sizeof kb);
	return strcmp(ka, kb);
}

/* Whether a query key is letters, digits and spaces only (vntext.h). */
int
vn_search_key_plain(const char *key)
{
	for (; *key != '\0'; key++)
		if (!((*key >= 'a' && *key <= 'z') || (*key >= '0' && *key <= '9') || *key == ' '))
			return 0;
	return 1;
}
