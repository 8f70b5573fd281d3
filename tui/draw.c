/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* draw.c: drawing the widgets (see draw.h). */
#include "config.h"

#include "tui/draw.h"
#include "tui/term.h"
#include "domain/i18n.h"
#include "domain/layout.h"
#include "domain/utf8.h"
#include "domain/util.h"

#include <string.h>

/* Draw an editor, showing the end of a text longer than the field. */
void
lineedit_draw(const lineedit *le, int y, int x, int width, int focused)
{
	char before[LE_BYTES];
	int cw, skip = 0;

	if (le->secret) {
		char stars[LE_BYTES];
		size_t n = lineedit_chars(le);
		memset(stars, '*', n);
		stars[n] = '\0';
		term_put(y, x, width, "", focused ? TA_FOCUS : TA_FIELD, 1);
		term_put(y, x, width, stars, focused ? TA_FOCUS : TA_FIELD, 0);
		if (focused)
			term_cursor(y, x + (int)lineedit_cursor_chars(le));
		return;
	}

	memcpy(before, le->text, le->cursor);
	before[le->cursor] = '\0';
	cw = term_width(before);
	if (cw >= width)
		skip = cw - width + 1;
	term_put(y, x, width, "", focused ? TA_FOCUS : TA_FIELD, 1);
	if (skip == 0) {
		term_put(y, x, width, le->text, focused ? TA_FOCUS : TA_FIELD, 0);
	} else {
		/* show the end of a text longer than the field */
		const char *p = le->text;
		int w = 0;
		while (*p != '\0' && w < skip) {
			size_t n;
			w += term_char_width(p, &n);
			p += n;
		}
		term_put(y, x, width, p, focused ? TA_FOCUS : TA_FIELD, 0);
	}
	if (focused)
		term_cursor(y, x + cw - skip);
}

/* The value column of one field. */
static void
field_draw(const form *f, int i, int y, int x, int width)
{
	const form_field *fld = &f->fields[i];
	int focused = i == f->focus;
	int w = (int)fld->edit.max_chars + 1;

	if (fld->type == FT_INFO) {
		term_put(y, x, width, fld->edit.text, TA_LABEL, 0);
		return;
	}
	if (w > width)
		w = width;
	if (fld->type == FT_NAME || fld->type == FT_TEXT)
		w = width < 42 ? width : 42;
	lineedit_draw(&fld->edit, y, x, w, focused);
	if (fld->type == FT_CODE || fld->type == FT_YESNO)
		term_put(y, x + w + 1, width - w - 1, form_code_label(fld), TA_NORMAL, 0);
}

/* Draw a form, scrolled so that the focused field shows. */
void
form_draw(const form *f, int y, int x, int rows, int cols, int label_w)
{
	int first = 0, shown = rows - 2;

	/* the label column as wide as the widest label and a space (at least
	 * label_w, at most half the form); a longer label is cut with the mark */
	for (int i = 0; i < f->count; i++) {
		int w = utf8_width(f->fields[i].label) + (f->fields[i].required ? 2 : 0) + 1;
		if (w > label_w)
			label_w = w < cols / 2 ? w : cols / 2;
	}
	if (f->focus >= shown)
		first = f->focus - shown + 1;
	for (int i = first, row = 0; i < f->count && row < shown; i++, row++) {
		const form_field *fld = &f->fields[i];
		char label[128];

		str_printf(label, sizeof label, "%s%s", fld->label, fld->required ? " *" : "");
		term_put(y + row, x, label_w - 1, label, i == f->focus ? TA_LABEL : TA_NORMAL, 0);
		field_draw(f, i, y + row, x + label_w, cols - label_w);
	}
	if (f->message[0] != '\0')
		term_put(y + rows - 1, x, cols, f->message, f->message_is_error ? TA_ERROR : TA_DIM, 1);
}

/* The last of max lines when the text goes on past it: " …" added, or the
 * line cut to make room for the mark, so a wrapped text is never cut
 * silently either. */
static int
wrap_cut(char lines[][256], int max, int width)
{
	char with[300];

	str_printf(with, sizeof with, "%s %s", lines[max - 1], UTF8_CUT_MARK);
	lay_fit(with, width, lines[max - 1], 256);
	return max;
}

/* Word-wrap text to width columns, measured with term_width; when it needs
 * more than max lines the last one ends with the mark. */
int
draw_wrap(const char *text, int width, char lines[][256], int max)
{
	int n = 0;
	const char *p = text;

	while (*p != '\0' && n < max) {
		const char *end = strchr(p, '\n');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
		char para[1024];
		char *save = NULL, *word;

		if (len >= sizeof para)
			len = sizeof para - 1;
		memcpy(para, p, len);
		para[len] = '\0';
		lines[n][0] = '\0';
		for (word = strtok_r(para, " ", &save); word != NULL; word = strtok_r(NULL, " ", &save)) {
			char trial[512];
			str_printf(trial, sizeof trial, "%s%s%s", lines[n], lines[n][0] ? " " : "", word);
			if (term_width(trial) > width && lines[n][0] != '\0') {
				if (++n >= max)
					return wrap_cut(lines, max, width);
				str_copy(lines[n], 256, word);
			} else {
				str_copy(lines[n], 256, trial);
			}
		}
		n++;
		p += len;
		if (*p == '\n')
			p++;
	}
	if (*p != '\0')
		return wrap_cut(lines, max, width);
	return n;
}

/* An empty framed box of h x w in the middle; returns its top-left. */
static void
box_frame(const char *title, int h, int w, int *y0, int *x0)
{
	int cols = term_cols(), lines = term_lines();

	*y0 = (lines - h) / 2;
	*x0 = (cols - w) / 2;
	for (int r = 0; r < h; r++)
		term_put(*y0 + r, *x0, w, "", TA_NORMAL, 1);
	term_hline(*y0, *x0, w);
	term_hline(*y0 + h - 1, *x0, w);
	term_put(*y0, *x0 + 2, w - 4, title, TA_LABEL, 0);
}

/* A box with wrapped text and a key hint. */
void
draw_box_text(const char *title, const char *text, const char *keys, int attr)
{
	char lines[16][256];
	int w = 70, n = draw_wrap(text, w - 4, lines, 16), y0, x0;

	box_frame(title, n + 4, w, &y0, &x0);
	for (int i = 0; i < n; i++)
		term_put(y0 + 1 + i, x0 + 2, w - 4, lines[i], attr, 0);
	term_put(y0 + n + 2, x0 + 2, w - 4, keys, TA_DIM, 0);
	term_cursor(-1, -1);
}

/* A box with a question, an editor and an error line. */
void
draw_box_input(const char *title, const char *question, const lineedit *le, const char *error)
{
	char lines[4][256];
	int w = 70, n = draw_wrap(question, w - 4, lines, 4), y0, x0;

	box_frame(title, n + 6, w, &y0, &x0);
	for (int i = 0; i < n; i++)
		term_put(y0 + 1 + i, x0 + 2, w - 4, lines[i], TA_NORMAL, 0);
	term_put(y0 + n + 3, x0 + 2, w - 4, error, TA_ERROR, 0);
	term_put(y0 + n + 4, x0 + 2, w - 4, L("Enter: xong   Esc: thôi", "Enter: done   Esc: cancel"), TA_DIM, 0);
	lineedit_draw(le, y0 + n + 2, x0 + 2, w - 4, 1);
}

/* A box with a pick list of codes. */
void
draw_box_pick(const char *title, const picklist *p)
{
	int rows = (int)p->n < 14 ? (int)p->n : 14, w = 50, y0, x0;
	listview lv = p->lv;

	box_frame(title, rows + 3, w, &y0, &x0);
	lv.rows = rows;
	listview_scroll(&lv);
	for (int r = 0; r < rows && lv.top + (size_t)r < p->n; r++) {
		size_t i = lv.top + (size_t)r;
		char row[160];
		str_printf(row, sizeof row, "%3s  %s", p->codes[i].code, p->codes[i].label);
		term_put(y0 + 1 + r, x0 + 1, w - 2, row, i == lv.selected ? TA_SELECTED : TA_NORMAL, 1);
	}
	term_put(y0 + rows + 1, x0 + 2, w - 4, L("Gõ mã hoặc ↑↓ Enter; Esc: thôi", "Type a code or ↑↓ Enter; Esc: cancel"),
	         TA_DIM, 0);
	term_cursor(-1, -1);
}

/* A box with the lines of a menu. */
void
draw_box_menu(const char *title, const char *const *items, listview *lv)
{
	int rows = (int)lv->count < 16 ? (int)lv->count : 16, w = 56, y0, x0;

	lv->rows = rows;
	listview_scroll(lv);
	box_frame(title, rows + 3, w, &y0, &x0);
	for (int r = 0; r < rows && lv->top + (size_t)r < lv->count; r++) {
		size_t i = lv->top + (size_t)r;
		term_put(y0 + 1 + r, x0 + 1, w - 2, items[i], i == lv->selected ? TA_SELECTED : TA_NORMAL, 1);
	}
	term_put(y0 + rows + 1, x0 + 2, w - 4, L("Gõ số hoặc ↑↓ Enter; Esc: thôi", "Type a number or ↑↓ Enter; Esc: cancel"),
	         TA_DIM, 0);
	term_cursor(-1, -1);
}

/* Draw the visible rows of a list, the selected one highlighted. */
void
listview_draw(listview *lv, int y, int x, int width, listview_row_fn row, void *ctx)
{
	char buf[512];

	listview_scroll(lv);
	for (int r = 0; r < lv->rows; r++) {
		size_t i = lv->top + (size_t)r;
		int attr;

		if (i >= lv->count) {
			term_put(y + r, x, width, "", TA_NORMAL, 1);
			continue;
		}
		attr = row(ctx, i, buf, sizeof buf);
		term_put(y + r, x, width, buf, i == lv->selected ? TA_SELECTED : attr, 1);
	}
}
