/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * app.h: the interface's main loop, its screen stack and the session.
 *
 * A screen is a struct that starts with `screen` and a table of functions:
 * draw() paints the body (rows 1 .. LINES-3) from the screen's state; key()
 * handles one key and may push a new screen (app_push) or leave (app_pop);
 * resume() reloads what a screen above may have changed. The frame around
 * the body (title bar, message line, key line with the typing mode) is
 * drawn by the app. Below 80x24 only "terminal too small" is shown.
 */
#ifndef DANSO_TUI_APP_H
#define DANSO_TUI_APP_H

#include "platform/format.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/model.h"

#include <stddef.h>

typedef struct screen screen;

typedef struct screen_ops {
	const char *(*title)(screen *s);
	void (*draw)(screen *s, int top, int rows);
	void (*key)(screen *s, int key);
	void (*resume)(screen *s);          /* may be NULL */
	void (*destroy)(screen *s);         /* frees s */
	const char *(*keys)(screen *s);     /* the key line */
	const char *(*help)(screen *s);     /* F1 text */
	int (*unsaved)(screen *s);          /* 1 while it holds typed, unsaved
	                                       work (may be NULL: never) */
} screen_ops;

struct screen {
	const screen_ops *ops;
};

/* Typing methods for names (domain/ime.h numbering). */
typedef struct tui_session {
	db *d;
	user_account user;
	area ar;                        /* the area worked on; id 0: all */
	char period[PERIOD_LEN];        /* the working month "YYYY-MM" */
	char today[DATE_LEN];
	int ime_mode;                   /* ime_mode of domain/ime.h */
	char commune[160];
	/* values that carry over from one entry to the next */
	char carry_village[VILLAGE_LEN];
	char carry_date[DATE_LEN];
} tui_session;

extern tui_session ses;

/* Put a screen on top (the app owns it from now on). */
void app_push(screen *s);

/* Close the top screen once the current key has been handled. */
void app_pop(void);

/* Leave the interface after the current key. */
void app_quit(void);

/* A message for the message line until the next key; is_error picks the
 * colour. printf-style. */
void app_message(int is_error, const char *fmt, ...) PLAT_PRINTF(2, 3);

/* Draw the whole frame with the top screen (dialogs call it before drawing
 * themselves over it). */
void app_draw(void);

/* Read a key, handling the keys every screen shares (resize, Ctrl-T for the
 * typing method). Returns K_RESIZE after a resize so loops redraw. */
int app_read_key(void);

/* The typing-method hook for line editors (uses ses.ime_mode). */
int app_ime(const char *word, uint32_t key, char *out, size_t n);

/* The name of the current typing method ("Telex", "VNI", "tắt"). */
const char *app_ime_name(void);

/* Show a database or storage error on the message line. */
void app_error(const char *what, const char *msg);

#endif
