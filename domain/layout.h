/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * layout.h: fitting texts into columns of display cells (domain/utf8.h
 * measures them), for every screen that puts a label and a value, or the
 * columns of a row, side by side. Nothing here cuts a text without the
 * mark UTF8_CUT_MARK ("…"), and a column always ends with at least one
 * space, so two columns never run together.
 */
#ifndef DANSO_LAYOUT_H
#define DANSO_LAYOUT_H

#include <stddef.h>

/* Copy s into out (size n) in at most cells columns. When s does not fit
 * it is cut at the end of a word if that keeps at least two thirds of the
 * room, else inside the word, and ends with the mark. Trailing spaces are
 * not counted (a text that only overflows by spaces is not cut). Returns
 * the width of out. */
int lay_fit(const char *s, int cells, char *out, size_t n);

/* Append to line (size n) a column of width cells holding s: s fitted
 * into width - 1 cells (lay_fit), then spaces up to width. */
void lay_col(char *line, size_t n, const char *s, int width);

/* Append to line (size n) a label column of label_w cells and the value
 * in the rest of width: the two fitted as by lay_col and lay_fit. */
void lay_pair(char *line, size_t n, const char *label, int label_w, const char *value, int width);

/* The key line: hints such as "F2:lưu Esc:thôi F1:giúp" (a hint starts at
 * a word holding ':', so "Esc:đổi tháng" is one hint) into out (size n) in
 * at most cells columns. Hints that do not fit are left out whole, never
 * cut, and the line then ends with the mark. Returns the width of out. */
int lay_keys(const char *hints, int cells, char *out, size_t n);

#endif
