/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* textview.c: a scrolling page of text, key handling (see textview.h). */
#include "config.h"

#include "tui/textview.h"
#include "tui/keys.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* Free the lines. */
void
textview_free(textview *tv)
{
	for (size_t i = 0; i < tv->count; i++)
		free(tv->lines[i]);
	free(tv->lines);
	tv->lines = NULL;
	tv->count = tv->top = 0;
}

/* Split text into lines (copied), replacing the old ones. */
void
textview_set(textview *tv, const char *text)
{
	const char *p = text;

	textview_free(tv);
	while (*p != '\0') {
		const char *end = strchr(p, '\n');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);

		tv->lines = xrealloc(tv->lines, (tv->count + 1) * sizeof *tv->lines);
		tv->lines[tv->count++] = xstrndup(p, len);
		p += len;
		if (*p == '\n')
			p++;
	}
}

/* The largest top that still fills the page. */
static size_t
max_top(const textview *tv)
{
	size_t rows = tv->rows > 0 ? (size_t)tv->rows : 1;

	return tv->count > rows ? tv->count - rows : 0;
}

/* Scroll with the arrows, pages, space, Home and End. */
int
textview_handle_key(textview *tv, int key)
{
	size_t page = tv->rows > 1 ? (size_t)tv->rows - 1 : 1, last = max_top(tv);

	switch (key) {
	case K_UP: tv->top = tv->top > 0 ? tv->top - 1 : 0; break;
	case K_DOWN: tv->top = tv->top < last ? tv->top + 1 : last; break;
	case K_PGUP: tv->top = tv->top > page ? tv->top - page : 0; break;
	case K_PGDN: case ' ': tv->top = tv->top + page < last ? tv->top + page : last; break;
	case K_HOME: tv->top = 0; break;
	case K_END: tv->top = last; break;
	default: return 0;
	}
	return 1;
}
