/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* app.c: the main loop, the screen stack and the frame (see app.h). */
#include "config.h"

#include "domain/clock.h"
#include "tui/app.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "tui/screens.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "app/namefind.h"
#include "app/session.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/ime.h"
#include "domain/layout.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 16

tui_session ses;

static screen *stack[STACK_MAX];
static int depth;
static screen *doomed[STACK_MAX];   /* closed once the key is handled */
static int ndoomed;
static int quitting;
static char message[400];
static int message_is_error;
static volatile sig_atomic_t got_signal;

/* Put a screen on top of the stack; the app owns it from now on. */
void
app_push(screen *s)
{
	if (depth >= STACK_MAX)
		fatal("too many screens open");
	stack[depth++] = s;
}

/* Close the top screen once the current key has been handled. */
void
app_pop(void)
{
	/* the screen on top when app_pop() is called, even if it then pushes
	 * another one (a form replaced by the screen it created) */
	int at = depth - 1 - ndoomed;

	for (int i = depth - 1; i >= 0; i--) {
		int gone = 0;
		for (int j = 0; j < ndoomed; j++)
			gone |= doomed[j] == stack[i];
		if (!gone) {
			at = i;
			break;
		}
	}
	if (at >= 0 && ndoomed < STACK_MAX)
		doomed[ndoomed++] = stack[at];
}

/* Leave the interface after the current key. */
void
app_quit(void)
{
	quitting = 1;
}

/* Set the message line until the next key. */
void
app_message(int is_error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	message_is_error = is_error;
}

/* Show a database or storage error on the message line. */
void
app_error(const char *what, const char *msg)
{
	app_message(1, "%s: %s", what, msg);
}

/* The typing-method hook of the line editors (ses.ime_mode). */
int
app_ime(const char *word, uint32_t key, char *out, size_t n)
{
	/* the engine always writes the whole new word (the key appended, a
	 * tone moved or a mark added), so the word is always replaced */
	if (ses.ime_mode == IME_OFF)
		return 0;
	ime_process((ime_mode)ses.ime_mode, word, key, out, n);
	return 1;
}

/* The name of the typing method in use. */
const char *
app_ime_name(void)
{
	return ime_mode_name((ime_mode)ses.ime_mode);
}

/* The title bar: screen title left, user, area and month right. */
static void
draw_title(screen *top)
{
	char right[200], fitted[200], month[16];
	const char *title;
	int cols = term_cols(), w, tw, room;

	if (ses.period[0] != '\0')
		str_printf(month, sizeof month, "%.2s/%.4s", ses.period + 5, ses.period);
	else
		month[0] = '\0';
	/* the screen's title whole (up to half the bar), then who, where and
	 * when in the rest, a space on each side: the user's name is what is
	 * cut (with the mark) when the room is short, never the month */
	title = top != NULL ? top->ops->title(top) : "";
	tw = term_width(title);
	if (tw > cols / 2)
		tw = cols / 2;
	room = cols - 9 - tw - 3;
	right[0] = '\0';
	if (ses.user.id != 0) {
		char tail[120], name[100];
		str_printf(tail, sizeof tail, " | %s | %s %s", ses.ar.id != 0 ? ses.ar.name : L("Cả xã", "Whole commune"),
		           L("Tháng", "Month"), month);
		lay_fit(ses.user.full_name, room - term_width(tail), name, sizeof name);
		str_printf(right, sizeof right, "%s%s", name, tail);
	}
	w = lay_fit(right, room, fitted, sizeof fitted);
	term_put(0, 0, cols, "", TA_TITLE, 1);
	term_put(0, 0, cols, " danso", TA_TITLE, 0);
	if (top != NULL) {
		term_put(0, 7, cols - 7, "- ", TA_TITLE, 0);
		term_put(0, 9, cols - 9 - w - 2, title, TA_TITLE, 0);
	}
	if (w > 0)
		term_put(0, cols - w - 1, w, fitted, TA_TITLE, 0);
}

/* The message line and the key line with the typing mode. */
static void
draw_bottom(screen *top)
{
	char mode[64], keys[512];
	int cols = term_cols(), lines = term_lines(), w;

	term_put(lines - 2, 0, cols, message, message_is_error ? TA_ERROR : TA_NORMAL, 1);
	str_printf(mode, sizeof mode, " %s:%s ", L("Gõ", "Typing"), app_ime_name());
	w = term_width(mode);
	/* the hints that fit before the typing mode, whole (lay_keys) */
	lay_keys(top != NULL ? top->ops->keys(top) : "", cols - w - 1, keys, sizeof keys);
	term_put(lines - 1, 0, cols, "", TA_STATUS, 1);
	term_put(lines - 1, 0, cols - w - 1, keys, TA_STATUS, 0);
	term_put(lines - 1, cols - w, w, mode, TA_STATUS, 0);
}

/* The whole screen when it is smaller than 80x24. */
static void
draw_too_small(void)
{
	char msg[160];

	str_printf(msg, sizeof msg, L("Cửa sổ quá nhỏ: cần ít nhất %dx%d, đang là %dx%d.",
	                              "Terminal too small: needs at least %dx%d, now %dx%d."),
	           TERM_MIN_COLS, TERM_MIN_LINES, term_cols(), term_lines());
	term_put(0, 0, term_cols(), msg, TA_ERROR, 0);
	term_put(1, 0, term_cols(), L("Hãy phóng to cửa sổ.", "Please enlarge the window."), TA_NORMAL, 0);
}

/* 1 when the terminal is at least 80x24. */
static int
big_enough(void)
{
	return term_cols() >= TERM_MIN_COLS && term_lines() >= TERM_MIN_LINES;
}

/* Draw the frame and the top screen (or "too small"). */
void
app_draw(void)
{
	screen *top = depth > 0 ? stack[depth - 1] : NULL;

	term_clear();
	if (!big_enough()) {
		draw_too_small();
		return;
	}
	draw_title(top);
	if (top != NULL)
		top->ops->draw(top, 1, term_lines() - 3);
	draw_bottom(top);
}

/* Read a key, handling resize and the keys every screen shares. */
int
app_read_key(void)
{
	int key;

	for (;;) {
		if (got_signal) {
			/* a signal ends the session: every loop unwinds with Esc */
			quitting = 1;
			return K_ESC;
		}
		term_flush();
		key = term_read_key();
		if (got_signal)
			continue;
		if (key == K_NONE)
			continue;
		if (key == K_CTRL_T) {
			ses.ime_mode = (ses.ime_mode + 1) % 3;
			app_message(0, "%s: %s", L("Kiểu gõ", "Typing method"), app_ime_name());
			return K_RESIZE;
		}
		if (!big_enough() && key != K_RESIZE && key != K_CTRL_C)
			continue;
		return key;
	}
}

/* Close screens popped while handling the last key. */
static void
apply_pops(void)
{
	screen *top = depth > 0 ? stack[depth - 1] : NULL;

	for (int j = 0; j < ndoomed; j++) {
		for (int i = 0; i < depth; i++) {
			if (stack[i] != doomed[j])
				continue;
			memmove(stack + i, stack + i + 1, (size_t)(depth - i - 1) * sizeof *stack);
			depth--;
			doomed[j]->ops->destroy(doomed[j]);
			break;
		}
	}
	ndoomed = 0;
	if (depth > 0 && stack[depth - 1] != top && stack[depth - 1]->ops->resume != NULL)
		stack[depth - 1]->ops->resume(stack[depth - 1]);
}

/* 1 if a screen on the stack holds typed work not saved yet. */
static int
app_unsaved(void)
{
	for (int i = 0; i < depth; i++)
		if (stack[i]->ops->unsaved != NULL && stack[i]->ops->unsaved(stack[i]))
			return 1;
	return 0;
}

/* Run until the stack is empty or the user quits. */
static void
main_loop(void)
{
	while (depth > 0 && !quitting) {
		screen *top = stack[depth - 1];
		int key;

		app_draw();
		key = app_read_key();
		if (quitting)
			break;
		if (key == K_RESIZE)
			continue;
		if (key != K_NONE)
			message[0] = '\0';
		if (key == K_F1) {
			dialog_help(top->ops->title(top), top->ops->help(top));
			continue;
		}
		if (key == K_CTRL_C) {
			if (dialog_confirm(app_unsaved() ? L("Thoát danso? Biểu mẫu đang nhập CHƯA LƯU, thoát là mất những gì đã gõ.",
			                                     "Quit danso? The form being filled is NOT SAVED: quitting loses what was typed.")
			                                 : L("Thoát danso?", "Quit danso?"),
			                   &CONFIRM_QUIT))
				app_quit();
			continue;
		}
		top->ops->key(top, key);
		apply_pops();
	}
	while (depth > 0) {
		screen *s = stack[--depth];
		s->ops->destroy(s);
	}
}

/* Open the database and set up the session; -1 if it cannot be used. */
static int
session_open(const char *db_path)
{
	ds_err err = {0};
	char msg[1024];

	memset(&ses, 0, sizeof ses);
	if (session_open_db(db_path, DB_OPEN_SCREEN, &ses.d, &err) != 0) {
		ds_err_format(&err, msg, sizeof msg);
		fprintf(stderr, "danso: %s\n", msg);
		return -1;
	}
	clock_today(ses.today);
	ses.ime_mode = IME_TELEX;
	if (db_setting_get(ses.d, "commune_name", ses.commune, sizeof ses.commune) != 0)
		ses.commune[0] = '\0';
	return 0;
}

/* Run the interface on the database at db_path until the user quits. */
int
tui_main(const char *db_path)
{
	plat_heap_lean();   /* a session's freed lists do not stay resident */
	if (session_open(db_path) != 0)
		return 1;
	plat_on_terminate(&got_signal);   /* the loop leaves cleanly */
	if (term_init() != 0) {
		db_close(&ses.d);
		return 1;
	}
	util_set_fatal_hook(term_end);
	app_push(scr_start_new());
	main_loop();
	term_end();
	util_set_fatal_hook(NULL);
	namefind_drop();
	db_close(&ses.d);
	plat_terminate_done();
	return 0;
}
