/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * listview.h: the state of a scrolling list (households, members, the
 * month's events, a pick list). The rows themselves belong to the screen;
 * the list only knows how many there are, which one is selected and which
 * is at the top. listview_handle_key() is pure; listview_draw() (draw.c)
 * asks the screen for each visible row's text.
 */
#ifndef DANSO_TUI_LISTVIEW_H
#define DANSO_TUI_LISTVIEW_H

#include <stddef.h>

typedef struct listview {
	size_t count;
	size_t selected;
	size_t top;
	int rows;         /* visible rows, set by the layout */
} listview;

/* Set the number of rows, keeping the selection inside. */
void listview_set_count(listview *lv, size_t count);

/* Select row i and scroll so that it is visible. */
void listview_select(listview *lv, size_t i);

/* Up, Down, PgUp, PgDn, Home, End: 1 if handled. */
int listview_handle_key(listview *lv, int key);

/* Keep the selection visible for the current number of rows. */
void listview_scroll(listview *lv);

/* Fill buf with the text of row i, and return its attribute (term.h). */
typedef int (*listview_row_fn)(void *ctx, size_t i, char *buf, size_t n);

/* Draw the visible rows at (y, x), width columns wide (draw.c). */
void listview_draw(listview *lv, int y, int x, int width, listview_row_fn row, void *ctx);

#endif
