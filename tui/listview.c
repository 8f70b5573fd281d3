/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* listview.c: a scrolling list's state and keys (see listview.h). */
#include "config.h"

#include "tui/listview.h"
#include "tui/keys.h"

/* Set the number of rows, keeping the selection inside. */
void
listview_set_count(listview *lv, size_t count)
{
	lv->count = count;
	if (lv->selected >= count)
		lv->selected = count > 0 ? count - 1 : 0;
	listview_scroll(lv);
}

/* Scroll so that the selection is visible. */
void
listview_scroll(listview *lv)
{
	size_t rows = lv->rows > 0 ? (size_t)lv->rows : 1;

	if (lv->selected < lv->top)
		lv->top = lv->selected;
	if (lv->selected >= lv->top + rows)
		lv->top = lv->selected - rows + 1;
	if (lv->count <= rows)
		lv->top = 0;
	else if (lv->top + rows > lv->count)
		lv->top = lv->count - rows;
}

/* Select row i and scroll to it. */
void
listview_select(listview *lv, size_t i)
{
	lv->selected = lv->count == 0 ? 0 : i < lv->count ? i : lv->count - 1;
	listview_scroll(lv);
}

/* Move the selection with the arrows, pages, Home and End. */
int
listview_handle_key(listview *lv, int key)
{
	size_t page = lv->rows > 1 ? (size_t)lv->rows - 1 : 1;

	if (lv->count == 0)
		return key == K_UP || key == K_DOWN || key == K_PGUP || key == K_PGDN;
	switch (key) {
	case K_UP:
		if (lv->selected > 0)
			lv->selected--;
		break;
	case K_DOWN:
		if (lv->selected + 1 < lv->count)
			lv->selected++;
		break;
	case K_PGUP:
		lv->selected = lv->selected > page ? lv->selected - page : 0;
		break;
	case K_PGDN:
		lv->selected = lv->selected + page < lv->count ? lv->selected + page : lv->count - 1;
		break;
	case K_HOME:
		lv->selected = 0;
		break;
	case K_END:
		lv->selected = lv->count - 1;
		break;
	default:
		return 0;
	}
	listview_scroll(lv);
	return 1;
}
