/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * draw.h: drawing of the widgets (curses through term.h). These functions
 * only read the state that the *_handle_key functions change.
 */
#ifndef DANSO_TUI_DRAW_H
#define DANSO_TUI_DRAW_H

#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/lineedit.h"
#include "tui/listview.h"

/* An editor at (y, x), width columns, with the cursor placed when focused. */
void lineedit_draw(const lineedit *le, int y, int x, int width, int focused);

/* A form at (y, x) in rows x cols; the label column is at least label_w
 * wide, wider when a label needs it (up to half of cols), and always ends
 * with a space. The message line of the form is drawn on its last row. */
void form_draw(const form *f, int y, int x, int rows, int cols, int label_w);

/* Boxes in the middle of the screen. */
void draw_box_text(const char *title, const char *text, const char *keys, int attr);
void draw_box_input(const char *title, const char *question, const lineedit *le, const char *error);
void draw_box_pick(const char *title, const picklist *p);
void draw_box_menu(const char *title, const char *const *items, listview *lv);

/* Word-wrap text (with '\n' breaks) to width columns; returns the number of
 * lines written into lines[max][256]. A text that needs more than max lines
 * ends its last line with the mark "…". */
int draw_wrap(const char *text, int width, char lines[][256], int max);

#endif
