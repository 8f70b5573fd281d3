/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* ime.c: Telex and VNI typing, decided from the word and one key (utf8proc). */
#include "config.h"

#include "domain/ime.h"
#include "domain/i18n.h"
#include "domain/utf8.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Words longer than this are never syllables: keys are appended to them. */
#define WORD_MAX 24
/* The base letter of đ/Đ (ASCII letters stand for themselves). */
#define D_STROKE 0x111

/* Letter marks, and the combining characters that write them. */
enum { MARK_NONE, MARK_CIRC, MARK_BREVE, MARK_HORN };
static const int32_t mark_cp[] = {0, 0x0302, 0x0306, 0x031B};
/* Tones 1..5 are sắc, huyền, hỏi, ngã, nặng: the VNI digits. */
static const int32_t tone_cp[] = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};

/* One character of the word: a Vietnamese letter split into base, mark and
 * tone, or (base 0) any other character kept as is. */
typedef struct letter {
	int32_t base;
	int32_t other;
	int upper;
	int mark;
	int tone;
} letter;

typedef struct word {
	letter c[WORD_MAX + 1];
	int len;
} word;

/* Where the vowel nucleus of a syllable lies: [nuc, fin); the final
 * consonant runs from fin to the end. */
typedef struct syllable {
	int nuc;
	int fin;
} syllable;

static const char *const initials[] = {
	"", "b", "c", "ch", "d", "#", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
	"nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
};
/* Nuclei by their base letters (ư counts as u, â as a, ...). */
static const char *const nuclei[] = {
	"a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
	"oi", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou",
	"uya", "uye", "uyu", "yeu",
};
static const char *const finals[] = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
static const char *const stop_finals[] = {"c", "ch", "p", "t"};

/* 1 if s is one of the n strings of set. */
static int
in_set(const char *const *set, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(set[i], s) == 0)
			return 1;
	return 0;
}

/* 1 if base is a vowel letter. */
static int
is_vowel(int32_t base)
{
	return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

/* 1 if cp is an ASCII letter. */
static int
is_ascii_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* 1 if mark may sit on base (ă â ê ô ơ ư). */
static int
mark_fits(int32_t base, int mark)
{
	switch (mark) {
	case MARK_NONE:
		return 1;
	case MARK_CIRC:
		return base == 'a' || base == 'e' || base == 'o';
	case MARK_BREVE:
		return base == 'a';
	default:
		return base == 'o' || base == 'u';
	}
}

/* Split one code point into a letter (base 0 if it is not one we handle). */
static letter
letter_of(int32_t cp)
{
	letter l = {0, cp, 0, MARK_NONE, 0};
	utf8proc_int32_t parts[4];
	utf8proc_ssize_t n;
	int32_t base;

	if (cp == 0x110 || cp == 0x111)
		return (letter){D_STROKE, cp, cp == 0x110, MARK_NONE, 0};
	n = utf8proc_decompose_char(cp, parts, 4, UTF8PROC_DECOMPOSE, NULL);
	if (n < 1 || n > 3 || parts[0] < 0 || !is_ascii_letter((uint32_t)parts[0]))
		return l;
	base = parts[0] | 0x20;
	for (utf8proc_ssize_t i = 1; i < n; i++) {
		int found = 0;

		for (int m = 1; m <= MARK_HORN; m++)
			if (parts[i] == mark_cp[m] && l.mark == MARK_NONE)
				l.mark = m, found = 1;
		for (int t = 1; t <= 5; t++)
			if (parts[i] == tone_cp[t] && l.tone == 0)
				l.tone = t, found = 1;
		if (!found)
			return (letter){0, cp, 0, MARK_NONE, 0};
	}
	if (!mark_fits(base, l.mark) || (l.tone != 0 && !is_vowel(base)))
		return (letter){0, cp, 0, MARK_NONE, 0};
	l.base = base;
	l.upper = parts[0] != base;
	return l;
}

/* Read the UTF-8 text s into w (bad bytes become U+FFFD). Returns -1 if it
 * has more than WORD_MAX characters. */
static int
word_parse(const char *s, word *w)
{
	w->len = 0;
	while (*s != '\0') {
		int32_t cp = (int32_t)utf8_decode(&s);

		if (w->len == WORD_MAX)
			return -1;
		w->c[w->len++] = letter_of(cp);
	}
	return 0;
}

/* Append the code point cp to sb as UTF-8. */
static void
put_cp(strbuf *sb, int32_t cp)
{
	char buf[UTF8_CHAR_MAX];

	strbuf_append(sb, buf, utf8_encode((uint32_t)cp, buf));
}

/* Write the NFC of sb into out (size n), cut at a character boundary. */
static void
emit(const strbuf *sb, char *out, size_t n)
{
	char *nfc = vn_nfc_dup(sb->data != NULL ? sb->data : "");

	if (n > 0)
		str_copy(out, n, nfc != NULL ? nfc : "");
	free(nfc);
}

/* Write w as NFC UTF-8 into out (size n). */
static void
word_emit(const word *w, char *out, size_t n)
{
	strbuf sb;

	strbuf_init(&sb);
	for (int i = 0; i < w->len; i++) {
		const letter *l = &w->c[i];

		if (l->base == 0) {
			put_cp(&sb, l->other);
			continue;
		}
		if (l->base == D_STROKE)
			put_cp(&sb, l->upper ? 0x110 : 0x111);
		else
			put_cp(&sb, l->upper ? l->base - 0x20 : l->base);
		if (l->mark != MARK_NONE)
			put_cp(&sb, mark_cp[l->mark]);
		if (l->tone != 0)
			put_cp(&sb, tone_cp[l->tone]);
	}
	emit(&sb, out, n);
	strbuf_free(&sb);
}

/* The key appended to text as it is (bad bytes of text become
 * U+FFFD), as NFC into out. */
static void
append_literal(const char *text, uint32_t key, char *out, size_t n)
{
	strbuf sb;

	strbuf_init(&sb);
	while (*text != '\0')
		put_cp(&sb, (int32_t)utf8_decode(&text));
	if (key != 0)
		put_cp(&sb, (int32_t)key);
	emit(&sb, out, n);
	strbuf_free(&sb);
}

/* The lower-case base letters of w[from, to) as ASCII ('#' for đ) into buf
 * (at least 4 bytes); 0 if they do not fit. */
static int
bases(const word *w, int from, int to, char *buf, size_t n)
{
	size_t k = 0;

	for (int i = from; i < to; i++) {
		if (k + 1 >= n)
			return 0;
		buf[k++] = w->c[i].base == D_STROKE ? '#' : (char)w->c[i].base;
	}
	buf[k] = '\0';
	return 1;
}

/* Split w into initial consonant, vowel nucleus and final consonant. Returns
 * 0 if w is not a Vietnamese syllable nor the start of one. The u of "qu"
 * and the i of "gi" belong to the consonant when another vowel follows. */
static int
syl_parse(const word *w, syllable *s)
{
	char ini[8], nuc[8], fin[8];
	int i = 0, j, k, tones = 0;

	for (k = 0; k < w->len; k++) {
		if (w->c[k].base == 0)
			return 0;
		tones += w->c[k].tone != 0;
	}
	while (i < w->len && !is_vowel(w->c[i].base))
		i++;
	if (tones > 1 || !bases(w, 0, i, ini, sizeof ini) || !in_set(initials, ARRAY_LEN(initials), ini))
		return 0;
	if (strcmp(ini, "q") == 0 && i < w->len && w->c[i].base != 'u')
		return 0;
	for (j = i; j < w->len && is_vowel(w->c[j].base); j++)
		;
	if (j - i >= 2 && w->c[i].mark == MARK_NONE &&
	    ((strcmp(ini, "q") == 0 && w->c[i].base == 'u') || (strcmp(ini, "g") == 0 && w->c[i].base == 'i')))
		i++;
	for (k = j; k < w->len && !is_vowel(w->c[k].base); k++)
		;
	if (k != w->len || !bases(w, i, j, nuc, sizeof nuc) || !bases(w, j, k, fin, sizeof fin))
		return 0;
	if ((i < j && !in_set(nuclei, ARRAY_LEN(nuclei), nuc)) || !in_set(finals, ARRAY_LEN(finals), fin))
		return 0;
	s->nuc = i;
	s->fin = j;
	return 1;
}

/* 1 if the syllable ends in c, ch, p or t (only sắc and nặng fit). */
static int
has_stop_final(const word *w, const syllable *s)
{
	char fin[8];

	return bases(w, s->fin, w->len, fin, sizeof fin) && in_set(stop_finals, ARRAY_LEN(stop_finals), fin);
}

/* The vowel that carries the tone, modern style: a marked vowel (the last
 * of ươ); the middle of three; the second of two before a final consonant
 * or in oa, oe, uy; otherwise the first. -1 if there is no vowel. */
static int
tone_place(const word *w, const syllable *s)
{
	int n = s->fin - s->nuc;
	char pair[4];

	for (int k = s->fin - 1; k >= s->nuc; k--)
		if (w->c[k].mark != MARK_NONE)
			return k;
	if (n == 3)
		return s->nuc + 1;
	if (n == 2) {
		bases(w, s->nuc, s->fin, pair, sizeof pair);
		if (s->fin < w->len || strcmp(pair, "oa") == 0 || strcmp(pair, "oe") == 0 || strcmp(pair, "uy") == 0)
			return s->nuc + 1;
	}
	return n > 0 ? s->nuc : -1;
}

/* The tone of the word (0 if none). */
static int
word_tone(const word *w)
{
	for (int i = 0; i < w->len; i++)
		if (w->c[i].tone != 0)
			return w->c[i].tone;
	return 0;
}

/* Tidy a syllable after a change: ưo and uơ become ươ once a letter
 * follows them, and the tone moves to the vowel that should carry it. */
static void
normalize(word *w)
{
	syllable s;
	int tone, at;

	if (!syl_parse(w, &s))
		return;
	for (int k = s.nuc; k + 1 < s.fin && k + 2 < w->len; k++) {
		letter *u = &w->c[k], *o = &w->c[k + 1];
		int half = (u->mark == MARK_HORN && o->mark == MARK_NONE) || (u->mark == MARK_NONE && o->mark == MARK_HORN);

		if (u->base == 'u' && o->base == 'o' && half)
			u->mark = o->mark = MARK_HORN;
	}
	tone = word_tone(w);
	at = tone_place(w, &s);
	if (tone == 0 || at < 0)
		return;
	for (int i = 0; i < w->len; i++)
		w->c[i].tone = 0;
	w->c[at].tone = tone;
}

/* Append the key as a letter (or other character); 0 if the word is full. */
static int
word_append(word *w, uint32_t key)
{
	if (w->len == WORD_MAX)
		return 0;
	w->c[w->len++] = letter_of((int32_t)key);
	return 1;
}

/* A tone key: set the tone, or undo it (and type the key) if the word
 * already has it. 0 if it does not apply. */
static int
act_tone(word *w, int tone, uint32_t key)
{
	syllable s;
	int at;

	if (!syl_parse(w, &s) || (at = tone_place(w, &s)) < 0)
		return 0;
	if (word_tone(w) == tone) {
		for (int i = 0; i < w->len; i++)
			w->c[i].tone = 0;
		return word_append(w, key);
	}
	if (has_stop_final(w, &s) && tone != 1 && tone != 5)
		return 0;
	/* ươ cannot end a syllable: a toned word ending so is thuở, huở. */
	if (s.fin == w->len && s.fin - s.nuc >= 2 && w->c[s.fin - 2].base == 'u' &&
	    w->c[s.fin - 2].mark == MARK_HORN && w->c[s.fin - 1].mark == MARK_HORN && s.nuc > 0)
		w->c[s.fin - 2].mark = MARK_NONE;
	for (int i = 0; i < w->len; i++)
		w->c[i].tone = 0;
	w->c[at].tone = tone;
	return 1;
}

/* Remove the tone (Telex z, VNI 0). 0 if there is none. */
static int
act_untone(word *w)
{
	syllable s;

	if (!syl_parse(w, &s) || word_tone(w) == 0)
		return 0;
	for (int i = 0; i < w->len; i++)
		w->c[i].tone = 0;
	return 1;
}

/* Put mark on the letter at index at, or undo it (typing the key) if it is
 * already there. Returns 1 (the key was used). */
static int
toggle_mark(word *w, int at, int mark, uint32_t key)
{
	if (w->c[at].mark == mark) {
		w->c[at].mark = MARK_NONE;
		word_append(w, key);
		return 1;
	}
	w->c[at].mark = mark;
	/* ô after ư: the horn of ươ goes (uô). */
	if (mark == MARK_CIRC && at > 0 && w->c[at - 1].base == 'u' && w->c[at - 1].mark == MARK_HORN)
		w->c[at - 1].mark = MARK_NONE;
	return 1;
}

/* Circumflex: Telex doubles the last vowel (aa, ee, oo), VNI 6 marks the
 * last a, e or o of the nucleus. 0 if it does not apply. */
static int
act_circumflex(word *w, ime_mode mode, uint32_t key)
{
	syllable s;
	int at = -1;

	if (!syl_parse(w, &s))
		return 0;
	if (mode == IME_TELEX) {
		if (s.fin == w->len && s.fin > s.nuc && w->c[w->len - 1].base == (int32_t)(key | 0x20))
			at = w->len - 1;
	} else {
		for (int k = s.nuc; k < s.fin; k++)
			if (w->c[k].base == 'a' || w->c[k].base == 'e' || w->c[k].base == 'o')
				at = k;
	}
	return at < 0 ? 0 : toggle_mark(w, at, MARK_CIRC, key);
}

/* The letters a horn/breve key acts on: the pair uo (ươ), else a after o
 * (oă, if breve is wanted), else the first u or o (horn), else a (breve).
 * Returns how many indexes went into at[]. */
static int
hook_targets(const word *w, const syllable *s, int horn, int breve, int at[2], int marks[2])
{
	for (int k = s->nuc; horn && k + 1 < s->fin; k++)
		if (w->c[k].base == 'u' && w->c[k + 1].base == 'o') {
			at[0] = k, at[1] = k + 1;
			marks[0] = marks[1] = MARK_HORN;
			return 2;
		}
	for (int k = s->nuc; breve && k + 1 < s->fin; k++)
		if (w->c[k].base == 'o' && w->c[k + 1].base == 'a') {
			at[0] = k + 1, marks[0] = MARK_BREVE;
			return 1;
		}
	for (int k = s->nuc; horn && k < s->fin; k++)
		if (w->c[k].base == 'u' || w->c[k].base == 'o') {
			at[0] = k, marks[0] = MARK_HORN;
			return 1;
		}
	for (int k = s->nuc; breve && k < s->fin; k++)
		if (w->c[k].base == 'a') {
			at[0] = k, marks[0] = MARK_BREVE;
			return 1;
		}
	return 0;
}

/* Horn and breve keys (Telex w, VNI 7 and 8); Telex w after a bare
 * consonant types ư. Marks already there are undone and the key typed. */
static int
act_hook(word *w, int horn, int breve, uint32_t key, ime_mode mode)
{
	syllable s;
	int at[2], marks[2], n, done = 1;

	if (!syl_parse(w, &s))
		return 0;
	if (s.nuc == s.fin && s.fin == w->len && mode == IME_TELEX && w->len > 0) {
		letter u = {'u', 'u', key != (key | 0x20), MARK_HORN, 0};

		if (w->len == WORD_MAX)
			return 0;
		w->c[w->len++] = u;
		return 1;
	}
	n = hook_targets(w, &s, horn, breve, at, marks);
	if (n == 0)
		return 0;
	for (int i = 0; i < n; i++)
		done &= w->c[at[i]].mark == marks[i];
	for (int i = 0; i < n; i++)
		w->c[at[i]].mark = done ? MARK_NONE : marks[i];
	if (done)
		word_append(w, key);
	return 1;
}

/* đ: Telex dd (the word is just "d"), VNI 9 anywhere in a word starting
 * with d. A second time gives d and the key back. */
static int
act_stroke(word *w, ime_mode mode, uint32_t key)
{
	syllable s;

	if (w->len == 0 || (mode == IME_TELEX && w->len != 1) || !syl_parse(w, &s))
		return 0;
	if (w->c[0].base == 'd') {
		w->c[0].base = D_STROKE;
		return 1;
	}
	if (w->c[0].base == D_STROKE) {
		w->c[0].base = 'd';
		word_append(w, key);
		return 1;
	}
	return 0;
}

/* A Telex key as a modifier; 0 if it is to be typed as a letter. */
static int
telex_key(word *w, uint32_t key)
{
	static const char tones[] = "sfrxj";
	uint32_t k = key | 0x20;
	const char *t;

	if (!is_ascii_letter(key))
		return 0;
	if ((t = strchr(tones, (int)k)) != NULL)
		return act_tone(w, (int)(t - tones) + 1, key);
	switch (k) {
	case 'z':
		return act_untone(w);
	case 'a':
	case 'e':
	case 'o':
		return act_circumflex(w, IME_TELEX, key);
	case 'w':
		return act_hook(w, 1, 1, key, IME_TELEX);
	case 'd':
		return act_stroke(w, IME_TELEX, key);
	default:
		return 0;
	}
}

/* A VNI digit as a modifier; 0 if it is to be typed as it is. */
static int
vni_key(word *w, uint32_t key)
{
	switch (key) {
	case '0':
		return act_untone(w);
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
		return act_tone(w, (int)(key - '0'), key);
	case '6':
		return act_circumflex(w, IME_VNI, key);
	case '7':
		return act_hook(w, 1, 0, key, IME_VNI);
	case '8':
		return act_hook(w, 0, 1, key, IME_VNI);
	case '9':
		return act_stroke(w, IME_VNI, key);
	default:
		return 0;
	}
}

int
ime_process(ime_mode mode, const char *word_text, uint32_t key, char *out, size_t n)
{
	word w;
	int used, parsed;
	char *nfc;

	if (key == 0 || key > 0x10FFFF || (key >= 0xD800 && key <= 0xDFFF)) {
		append_literal(word_text, 0, out, n);
		return 0;
	}
	nfc = vn_nfc_dup(word_text);
	parsed = nfc != NULL && word_parse(nfc, &w) == 0;
	free(nfc);
	if (mode == IME_OFF || key >= 0x80 || !parsed) {
		append_literal(word_text, key, out, n);
		return 0;
	}
	used = mode == IME_TELEX ? telex_key(&w, key) : vni_key(&w, key);
	if (!used && !word_append(&w, key)) {
		append_literal(word_text, key, out, n);
		return 0;
	}
	normalize(&w);
	word_emit(&w, out, n);
	return used;
}

/* 1 if key continues a word in this mode (a letter; in VNI also a digit). */
static int
is_word_key(ime_mode mode, int32_t cp)
{
	utf8proc_category_t cat = utf8proc_category(cp);

	if (mode == IME_VNI && cp >= '0' && cp <= '9')
		return 1;
	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
	       cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN;
}

void
ime_apply(ime_mode mode, const char *keys, char *out, size_t n)
{
	strbuf text, cur;

	strbuf_init(&text);
	strbuf_init(&cur);
	strbuf_puts(&cur, "");  /* cur.data is never NULL */
	while (*keys != '\0') {
		int32_t cp = (int32_t)utf8_decode(&keys);

		if (is_word_key(mode, cp)) {
			size_t size = 4 * cur.len + 16;
			char *next = xmalloc(size);

			ime_process(mode, cur.data, (uint32_t)cp, next, size);
			strbuf_reset(&cur);
			strbuf_puts(&cur, next);
			free(next);
		} else {
			strbuf_puts(&text, cur.data);
			strbuf_reset(&cur);
			put_cp(&text, cp);
		}
	}
	strbuf_puts(&text, cur.data);
	emit(&text, out, n);
	strbuf_free(&text);
	strbuf_free(&cur);
}

const char *
ime_mode_name(ime_mode mode)
{
	switch (mode) {
	case IME_TELEX:
		return "Telex";
	case IME_VNI:
		return "VNI";
	default:
		return L("Tắt", "Off");
	}
}
