/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* legacyenc.c: score a non-UTF-8 text against TCVN3, VNI-Windows and VISCII. */
#include "config.h"

#include "exchange/legacyenc.h"
#include "domain/i18n.h"
#include "domain/vntext.h"

#include <string.h>

/*
 * Byte tables for 0x80..0xFF: the base vowel a letter decodes to, lower case
 * when it carries no tone and upper case when it does; 'd' for đ/Đ; '.' for a
 * byte that is not a Vietnamese letter in that encoding. Made from glibc's
 * iconv tables (TCVN5712-1, VISCII).
 */
static const char tcvn3_high[] =
	"AAAAAAAEEEEEEIIIIIOOOOOOOOOOOUUU"   /* 0x80 */
	".aaeooudaaeoouda.....AAAAAAAAAAA"   /* 0xA0 */
	"AAAAAEAAAAAAEEEEEEEEEEEIIEEOIIIO"   /* 0xC0 */
	"OOOOOOOOOOOOOOOUOUUUUUUUUUYYYYYO";  /* 0xE0 */

static const char viscii_high[] =
	"AAAAAAAAEEEEEEEOOOOOOOOOIOOIUUUY"   /* 0x80 */
	"OAAAAAAAEEEEEEEOOOOOoOOOIUUUUoOu"   /* 0xA0 */
	"AAaAAaAAEEeEIIIYdUOOoAYUUUUYYYOu"   /* 0xC0 */
	"AAaAAaUAEEeEIIIIdUOOoOOOUUUUUYOU";  /* 0xE0 */

/*
 * VNI-Windows writes most accented vowels as an ASCII vowel followed by a
 * mark byte (á = 'a' 0xF9, ấ = 'a' 0xE1, ắ = 'a' 0xE9); ơ ư đ and the
 * accented i/ỵ are single bytes. Classes, lower and upper case alike:
 *   letters: as in the tables above;
 *   '1' tone mark on any vowel:      F9 F8 FB F5 EF / D9 D8 DB D5 CF
 *   '^' circumflex on a e o:         E2 / C2;  '6' circumflex + tone: E1 E0 E5 E3 E4 / C1 C0 C5 C3 C4
 *   '(' breve on a:                  EA / CA;  '8' breve + tone: E9 E8 FA FC EB / C9 C8 DA DC CB
 */
static const char vni_high[] =
	"................................"   /* 0x80 */
	"................................"   /* 0xA0 */
	"66^666I.88(8IIY1.dIIo1u.11818..."   /* 0xC0 */
	"66^666I.88(8IIY1.dIIo1u.11818...";  /* 0xE0 */

/* VISCII also puts six capitals in C0 control positions. */
static const unsigned char viscii_c0[] = {0x02, 0x05, 0x06, 0x14, 0x19, 0x1E};

#define WORD_MAX 16

/* 1 if c is one of VISCII's letters in the C0 range. */
static int
is_viscii_c0(unsigned char c)
{
	return memchr(viscii_c0, c, sizeof viscii_c0) != NULL;
}

/* 1 if c can be part of a word in any candidate encoding. */
static int
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || is_viscii_c0(c);
}

/* 1 if c is a vowel of the skeleton alphabet. */
static int
is_vowel(char c)
{
	return c != '\0' && strchr("aeiouy", c) != NULL;
}

/* 1 if rest is [medial o|u] main-vowel [final]: the rhyme of a syllable. */
static int
rhyme_valid(const char *rest)
{
	static const char *const medials[] = {"", "o", "u"};
	static const char *const mains[] = {"ie", "ia", "ye", "ya", "uo", "ua", "oo", "a", "e", "i", "o", "u", "y"};
	static const char *const finals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"};

	for (size_t m = 0; m < sizeof medials / sizeof *medials; m++) {
		size_t ml = strlen(medials[m]);

		if (strncmp(rest, medials[m], ml) != 0)
			continue;
		for (size_t v = 0; v < sizeof mains / sizeof *mains; v++) {
			size_t vl = strlen(mains[v]);

			if (strncmp(rest + ml, mains[v], vl) != 0)
				continue;
			for (size_t f = 0; f < sizeof finals / sizeof *finals; f++)
				if (strcmp(rest + ml + vl, finals[f]) == 0)
					return 1;
		}
	}
	return 0;
}

/* 1 if the lower-case skeleton (accents removed, đ -> d) is a possible
 * Vietnamese syllable. */
static int
syllable_valid(const char *sk)
{
	static const char *const onsets[] = {
		"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
	};

	for (size_t i = 0; i < sizeof onsets / sizeof *onsets; i++) {
		size_t ol = strlen(onsets[i]);

		if (strncmp(sk, onsets[i], ol) == 0 && is_vowel(sk[ol]) && rhyme_valid(sk + ol))
			return 1;
	}
	return 0;
}

/* Apply a VNI mark byte of class cls to the skeleton built so far; 0 if
 * the mark cannot follow the previous letter. */
static int
vni_mark(char cls, char *sk, size_t len, int *tones, int *marked)
{
	char prev = len > 0 ? sk[len - 1] : '\0';

	if (!is_vowel(prev))
		return 0;
	if (cls == '^' || cls == '6') {
		if ((prev != 'a' && prev != 'e' && prev != 'o') || *marked)
			return 0;
		*marked = 1;
	} else if (cls == '(' || cls == '8') {
		if (prev != 'a' || *marked)
			return 0;
		*marked = 1;
	}
	if (cls == '1' || cls == '6' || cls == '8')
		(*tones)++;
	return 1;
}

/* 1 if word[0..n) decodes under enc to a possible Vietnamese syllable. */
static int
word_fits(legacy_enc enc, const unsigned char *word, size_t n)
{
	char sk[WORD_MAX + 1];
	size_t len = 0;
	int tones = 0, marked = 0;

	if (n > WORD_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = word[i];
		char cls;

		if (c < 0x80 && !is_viscii_c0(c)) {
			sk[len++] = (char)(c | 0x20);   /* ASCII letter, lower case */
			marked = 0;
			continue;
		}
		if (c < 0x80)
			cls = enc != LEGACY_VISCII ? '.' : (c == 0x14 || c == 0x19 || c == 0x1E) ? 'Y' : 'A';
		else if (enc == LEGACY_TCVN3)
			cls = tcvn3_high[c - 0x80];
		else if (enc == LEGACY_VISCII)
			cls = viscii_high[c - 0x80];
		else
			cls = vni_high[c - 0x80];
		if (cls == '.')
			return 0;
		if (strchr("1^6(8", cls) != NULL) {
			if (!vni_mark(cls, sk, len, &tones, &marked))
				return 0;
			continue;
		}
		if (cls >= 'A' && cls <= 'Z')
			tones++;
		sk[len++] = (char)(cls | 0x20);
		marked = 1;   /* a precomposed letter takes no further mark */
	}
	sk[len] = '\0';
	return tones <= 1 && syllable_valid(sk);
}

/* The most likely legacy Vietnamese encoding of a buffer. */
legacy_enc
legacyenc_guess(const void *buf, size_t len)
{
	static const legacy_enc cands[] = {LEGACY_TCVN3, LEGACY_VNI, LEGACY_VISCII};
	const unsigned char *s = buf;
	long score[3] = {0, 0, 0}, words = 0, best = 0, second = 0;
	size_t i = 0, win = 0;

	while (i < len) {
		size_t start = i;
		int high = 0;

		if (!is_word_byte(s[i])) {
			i++;
			continue;
		}
		while (i < len && is_word_byte(s[i]))
			high |= s[i++] >= 0x80;
		if (!high || vn_utf8_valid((const char *)s + start, i - start, NULL))
			continue;
		words++;
		for (size_t k = 0; k < 3; k++)
			score[k] += word_fits(cands[k], s + start, i - start);
	}
	for (size_t k = 1; k < 3; k++)
		if (score[k] > score[win])
			win = k;
	best = score[win];
	for (size_t k = 0; k < 3; k++)
		if (k != win && score[k] > second)
			second = score[k];
	if (best == 0 || best * 10 < words * 6)
		return LEGACY_UNKNOWN;
	if (best == second)
		return score[0] == score[2] && score[1] < best ? LEGACY_TCVN3_OR_VISCII : LEGACY_UNKNOWN;
	return cands[win];
}

/* The user-facing name of an encoding. */
const char *
legacyenc_name(legacy_enc enc)
{
	switch (enc) {
	case LEGACY_TCVN3: return "TCVN3 (ABC)";
	case LEGACY_VNI: return "VNI-Windows";
	case LEGACY_VISCII: return "VISCII";
	case LEGACY_TCVN3_OR_VISCII: return "TCVN3 (ABC) / VISCII";
	case LEGACY_UNKNOWN: break;
	}
	return "Windows-1252";
}

/* A sentence saying text is not UTF-8 and what it seems to be. */
const char *
legacyenc_message(legacy_enc enc)
{
	switch (enc) {
	case LEGACY_TCVN3:
		return L("tệp không phải UTF-8: có vẻ là bảng mã TCVN3 (ABC); hãy lưu lại dưới dạng CSV UTF-8",
			 "the file is not UTF-8: it looks like the TCVN3 (ABC) encoding; save it again as CSV UTF-8");
	case LEGACY_VNI:
		return L("tệp không phải UTF-8: có vẻ là bảng mã VNI-Windows; hãy lưu lại dưới dạng CSV UTF-8",
			 "the file is not UTF-8: it looks like the VNI-Windows encoding; save it again as CSV UTF-8");
	case LEGACY_VISCII:
		return L("tệp không phải UTF-8: có vẻ là bảng mã VISCII; hãy lưu lại dưới dạng CSV UTF-8",
			 "the file is not UTF-8: it looks like the VISCII encoding; save it again as CSV UTF-8");
	case LEGACY_TCVN3_OR_VISCII:
		return L("tệp không phải UTF-8: có vẻ là bảng mã TCVN3 (ABC) hoặc VISCII; hãy lưu lại dưới dạng CSV UTF-8",
			 "the file is not UTF-8: it looks like the TCVN3 (ABC) or VISCII encoding; save it again as CSV UTF-8");
	case LEGACY_UNKNOWN:
		break;
	}
	return L("tệp không phải UTF-8 (có thể là Windows-1252); hãy lưu lại dưới dạng CSV UTF-8",
		 "the file is not UTF-8 (maybe Windows-1252); save it again as CSV UTF-8");
}
