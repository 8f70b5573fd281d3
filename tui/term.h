/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * term.h: the terminal. Only this module and the *_draw functions touch
 * curses. term_init() sets the locale, decides whether the terminal can
 * show Vietnamese (a UTF-8 codeset) and whether to use colours; every
 * string drawn goes through term_put(), which measures with domain/utf8.h
 * (the cells the report counts too), never cuts inside a character, and
 * falls back to unaccented text (vn_unaccent) when the locale cannot show
 * UTF-8.
 */
#ifndef DANSO_TUI_TERM_H
#define DANSO_TUI_TERM_H

#include <stddef.h>

/* Attributes for term_put(), mapped to colours when the terminal has them
 * and to bold / reverse / underline otherwise. */
enum term_attr {
	TA_NORMAL = 0,
	TA_TITLE,      /* the title bar */
	TA_STATUS,     /* the key line */
	TA_SELECTED,   /* the current row of a list */
	TA_FIELD,      /* an input field */
	TA_FOCUS,      /* the field being edited */
	TA_LABEL,      /* a label or heading */
	TA_ERROR,      /* an error message */
	TA_WARNING,    /* a warning */
	TA_DIM         /* a cancelled entry, a hint */
};

#define TERM_MIN_COLS 80
#define TERM_MIN_LINES 24

/* 1 when the terminal shows UTF-8 (set by term_init). */
extern int term_utf8;

/* Start curses. Returns 0, or -1 (with a message on stderr) if the
 * terminal cannot be used. */
int term_init(void);

/* Leave curses and restore the terminal; safe to call twice. */
void term_end(void);

/* Screen size. */
int term_cols(void);
int term_lines(void);

/* Wait for one key and return it as a keys.h value. */
int term_read_key(void);

/* Clear the whole screen (before drawing a frame). */
void term_clear(void);

/* Draw s at (y, x) in at most width columns; pad with spaces to width
 * when pad is set. A text longer than width is never cut without the mark
 * "…" (domain/layout.h: lay_fit). Returns the number of columns drawn. */
int term_put(int y, int x, int width, const char *s, int attr, int pad);

/* Columns s takes on this terminal (after the ASCII fallback). */
int term_width(const char *s);

/* Columns of the one character at s (never 0 bytes: *len >= 1), to walk
 * a string by display width without cutting inside a character. */
int term_char_width(const char *s, size_t *len);

/* A horizontal line of width columns. */
void term_hline(int y, int x, int width);

/* Put the visible cursor at (y, x), or hide it when y < 0. */
void term_cursor(int y, int x);

/* Show the frame drawn since term_clear(). */
void term_flush(void);

#endif
