/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * keys.h: the keys the interface understands, independent of curses.
 *
 * A key is an int: a Unicode code point for a printable character, or one
 * of the K_* values below (all above the Unicode range) for everything else.
 * term.c maps curses' wget_wch() results to these, so the key handling of
 * every widget can be tested without a terminal.
 */
#ifndef DANSO_TUI_KEYS_H
#define DANSO_TUI_KEYS_H

#define K_BASE 0x200000

enum tui_key {
	K_NONE = 0,
	K_ENTER = K_BASE + 1,
	K_TAB,
	K_BTAB,        /* Shift-Tab */
	K_ESC,
	K_BACKSPACE,
	K_DELETE,
	K_LEFT,
	K_RIGHT,
	K_UP,
	K_DOWN,
	K_HOME,
	K_END,
	K_PGUP,
	K_PGDN,
	K_SAVE,        /* F2 or Ctrl-S */
	K_F1,
	K_F3,
	K_F4,
	K_F5,
	K_F6,
	K_F7,
	K_F8,
	K_F9,
	K_F10,
	K_CTRL_C,
	K_CTRL_U,      /* clear the field */
	K_CTRL_T,      /* cycle the typing mode Telex / VNI / off */
	K_RESIZE,
	K_UNKNOWN
};

/* 1 if key is a printable character (not a K_* key nor a control char). */
#define KEY_IS_CHAR(k) ((k) >= 0x20 && (k) < K_BASE && (k) != 0x7f)

#endif
