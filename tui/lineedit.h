/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * lineedit.h: a one-line UTF-8 text editor (the state of one form field).
 *
 * lineedit_handle_key() changes the state and never touches the terminal;
 * lineedit_draw() (in draw.c) reads it. Text is kept as UTF-8; the cursor is
 * a byte offset that always sits on a character boundary. max_chars limits
 * the length in characters; a key that fills the field reports LE_FULL so a
 * form can move on by itself.
 *
 * Typing method: when `ime` is set, each letter or digit typed is first
 * offered to it with the word before the cursor; if it rewrites the word
 * (Telex "aa" -> "â", "s" -> acute...) the word is replaced, otherwise the
 * key is inserted as typed. Characters that arrive already composed (from a
 * system input method) are inserted as they are.
 */
#ifndef DANSO_TUI_LINEEDIT_H
#define DANSO_TUI_LINEEDIT_H

#include <stddef.h>
#include <stdint.h>

#define LE_BYTES 256

/* Which characters a field accepts. */
typedef enum le_charset {
	LE_ANY = 0,     /* any printable character */
	LE_DIGITS,      /* 0-9 */
	LE_DATE,        /* 0-9 and / */
	LE_CODE         /* letters, digits, '.', '-' (codes, household numbers) */
} le_charset;

/* The typing-method hook: given the word before the cursor and a key,
 * write the new word into out and return 1, or return 0 to insert the key
 * literally. */
typedef int (*lineedit_ime_fn)(const char *word, uint32_t key, char *out, size_t n);

typedef struct lineedit {
	char text[LE_BYTES];
	size_t len;           /* bytes */
	size_t cursor;        /* byte offset on a character boundary */
	size_t max_chars;     /* 0: as many as fit in text */
	le_charset charset;
	lineedit_ime_fn ime;  /* NULL: no typing method */
	int edited;           /* set when a key changed the text */
	int secret;           /* drawn as '*' (a PIN) */
	int replace_on_type;  /* the next printable key replaces the whole text
	                         (set when a field is entered with a carried
	                         over or proposed value) */
} lineedit;

enum le_result {
	LE_IGNORED = 0,   /* not a key for the editor */
	LE_CHANGED,       /* the text changed */
	LE_MOVED,         /* only the cursor moved */
	LE_FULL,          /* the text changed and the field is now full */
	LE_REFUSED        /* a character the field does not take, or no room */
};

/* Empty editor of at most max_chars characters taking charset. */
void lineedit_init(lineedit *le, size_t max_chars, le_charset charset);

/* Replace the text (cursor to the end); text longer than the field is cut
 * at a character boundary. */
void lineedit_set(lineedit *le, const char *text);

/* Handle one key (keys.h); returns an le_result. */
int lineedit_handle_key(lineedit *le, int key);

/* Number of characters (code points) in the text. */
size_t lineedit_chars(const lineedit *le);

/* Number of characters before the cursor. */
size_t lineedit_cursor_chars(const lineedit *le);

#endif
