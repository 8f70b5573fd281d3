/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * vntext.h: Vietnamese text. Names are stored in NFC; searched by a key
 * without accents or case ("Nguyễn" is found by "nguyen", "Đặng" by
 * "dang"); sorted the Vietnamese way: by given name (the last word), then
 * family name (the first word), then the middle names, with the letters in
 * the order a ă â b c d đ e ê ... o ô ơ ... u ư ... and tones compared only
 * when the letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng).
 */
#ifndef DANSO_VNTEXT_H
#define DANSO_VNTEXT_H

#include <stddef.h>

/* 1 if s[0..len) is valid UTF-8 (no overlongs, surrogates or NULs);
 * otherwise 0 and *bad_at (if not NULL) gets the offset of the first bad
 * byte. */
int vn_utf8_valid(const char *s, size_t len, size_t *bad_at);

/* NFC of s into out (size n). 0 ok; -1 if s is not valid UTF-8 or the
 * result does not fit (out is then ""). */
int vn_nfc(const char *s, char *out, size_t n);

/* NFC of s as a new string (caller frees); NULL if s is not valid UTF-8. */
char *vn_nfc_dup(const char *s);

/* The accent- and case-free search key of s: lower case, marks removed,
 * đ -> d, runs of white space folded to one space, trimmed. */
void vn_search_key(const char *s, char *out, size_t n);

/* 1 if a search key (vn_search_key of a name) matches a query key: the
 * query starts the name or one of its words ("van a" matches "nguyen van
 * an", "an" does not match "lan"). The rule of the database's name search. */
int vn_search_match(const char *name_key, const char *query_key);

/* 1 if a query key holds only letters, digits and spaces: the keys whose
 * database search (full-text index or scan) follows vn_search_match to
 * the letter; the index splits other characters off its own way. */
int vn_search_key_plain(const char *key);

/* The key that sorts full names the Vietnamese way with strcmp. */
void vn_sort_key(const char *full_name, char *out, size_t n);

/* Compare two full names the Vietnamese way (<0, 0, >0). */
int vn_name_cmp(const char *a, const char *b);

/* s without accents but keeping case (Đ -> D), for a terminal that cannot
 * show Vietnamese. */
void vn_unaccent(const char *s, char *out, size_t n);

#endif
