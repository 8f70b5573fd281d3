/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * textview.h: a read-only page of text lines (the report) that scrolls with
 * the arrows, PgUp / PgDn, Home / End. textview_handle_key() is pure.
 */
#ifndef DANSO_TUI_TEXTVIEW_H
#define DANSO_TUI_TEXTVIEW_H

#include <stddef.h>

typedef struct textview {
	char **lines;      /* owned (textview_free) */
	size_t count;
	size_t top;
	int rows;          /* visible rows, set by the layout */
} textview;

/* Split text into lines (copied). */
void textview_set(textview *tv, const char *text);

/* Scroll keys: 1 if handled. */
int textview_handle_key(textview *tv, int key);

void textview_free(textview *tv);

#endif
