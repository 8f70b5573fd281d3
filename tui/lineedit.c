/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* lineedit.c: a one-line UTF-8 text editor (see lineedit.h). */
#include "config.h"

#include "tui/lineedit.h"
#include "tui/keys.h"
#include "domain/utf8.h"
#include "domain/util.h"

#include <string.h>

/* An empty editor of at most max_chars characters. */
void
lineedit_init(lineedit *le, size_t max_chars, le_charset charset)
{
	memset(le, 0, sizeof *le);
	le->max_chars = max_chars;
	le->charset = charset;
}

/* Replace the text, the cursor at its end. */
void
lineedit_set(lineedit *le, const char *text)
{
	str_copy(le->text, sizeof le->text, text);
	while (le->max_chars > 0 && utf8_chars(le->text) > le->max_chars)
		le->text[utf8_prev(le->text, strlen(le->text))] = '\0';
	le->len = strlen(le->text);
	le->cursor = le->len;
	le->replace_on_type = 0;
}

/* Characters in the text. */
size_t
lineedit_chars(const lineedit *le)
{
	return utf8_chars(le->text);
}

/* Characters before the cursor. */
size_t
lineedit_cursor_chars(const lineedit *le)
{
	size_t n = 0;

	for (size_t i = 0; i < le->cursor; i++)
		if (!utf8_is_cont((unsigned char)le->text[i]))
			n++;
	return n;
}

/* 1 if the field's charset takes code point c. */
static int
charset_takes(le_charset cs, int c)
{
	int digit = c >= '0' && c <= '9';
	int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

	switch (cs) {
	case LE_DIGITS:
		return digit;
	case LE_DATE:
		return digit || c == '/' || c == '-' || c == '.';
	case LE_CODE:
		return digit || letter || c == '.' || c == '-';
	case LE_ANY:
		break;
	}
	return KEY_IS_CHAR(c);
}

/* Byte offset of the character before the one at `at`. */
static size_t
prev_boundary(const lineedit *le, size_t at)
{
	return utf8_prev(le->text, at);
}

/* Byte offset of the character after the one at `at`. */
static size_t
next_boundary(const lineedit *le, size_t at)
{
	return at >= le->len ? le->len : at + utf8_char_len(le->text + at);
}

/* Replace bytes [from, to) with s; 0 ok, -1 if it would not fit. */
static int
splice(lineedit *le, size_t from, size_t to, const char *s)
{
	size_t n = strlen(s), tail = le->len - to;
	size_t chars = lineedit_chars(le) + utf8_chars(s);

	for (size_t i = from; i < to; i++)
		if (!utf8_is_cont((unsigned char)le->text[i]))
			chars--;
	if (from + n + tail >= sizeof le->text || (le->max_chars > 0 && chars > le->max_chars))
		return -1;
	memmove(le->text + from + n, le->text + to, tail + 1);
	memcpy(le->text + from, s, n);
	le->len = from + n + tail;
	le->cursor = from + n;
	le->edited = 1;
	return 0;
}

/* Start of the word that ends at the cursor. */
static size_t
word_start(const lineedit *le)
{
	size_t at = le->cursor;

	while (at > 0 && le->text[at - 1] != ' ')
		at = prev_boundary(le, at);
	return at;
}

/* Offer key to the typing method; 1 if it rewrote the word. */
static int
try_ime(lineedit *le, int key)
{
	char word[LE_BYTES], out[LE_BYTES];
	size_t from = word_start(le);

	if (le->ime == NULL || from == le->cursor)
		return 0;
	memcpy(word, le->text + from, le->cursor - from);
	word[le->cursor - from] = '\0';
	if (!le->ime(word, (uint32_t)key, out, sizeof out))
		return 0;
	return splice(le, from, le->cursor, out) == 0;
}

/* Insert a printable character. */
static int
insert_char(lineedit *le, int key)
{
	char enc[UTF8_CHAR_MAX + 1];
	size_t n;

	if (!charset_takes(le->charset, key))
		return LE_REFUSED;
	if (le->replace_on_type) {
		le->replace_on_type = 0;
		le->text[0] = '\0';
		le->len = le->cursor = 0;
	}
	if (!try_ime(le, key)) {
		n = utf8_encode((uint32_t)key, enc);
		enc[n] = '\0';
		if (n == 0 || splice(le, le->cursor, le->cursor, enc) != 0)
			return LE_REFUSED;
	}
	if (le->max_chars > 0 && lineedit_chars(le) >= le->max_chars && le->cursor == le->len)
		return LE_FULL;
	return LE_CHANGED;
}

/* Handle one key of an editor; returns an le_result. */
int
lineedit_handle_key(lineedit *le, int key)
{
	if (KEY_IS_CHAR(key))
		return insert_char(le, key);
	if (key != K_ESC && key != K_ENTER && key != K_TAB && key != K_BTAB)
		le->replace_on_type = 0;
	switch (key) {
	case K_BACKSPACE:
		if (le->cursor == 0)
			return LE_IGNORED;
		splice(le, prev_boundary(le, le->cursor), le->cursor, "");
		return LE_CHANGED;
	case K_DELETE:
		if (le->cursor >= le->len)
			return LE_IGNORED;
		{
			size_t at = le->cursor;
			splice(le, at, next_boundary(le, at), "");
			le->cursor = at;
		}
		return LE_CHANGED;
	case K_CTRL_U:
		splice(le, 0, le->len, "");
		return LE_CHANGED;
	case K_LEFT:
		le->cursor = prev_boundary(le, le->cursor);
		return LE_MOVED;
	case K_RIGHT:
		le->cursor = next_boundary(le, le->cursor);
		return LE_MOVED;
	case K_HOME:
		le->cursor = 0;
		return LE_MOVED;
	case K_END:
		le->cursor = le->len;
		return LE_MOVED;
	default:
		return LE_IGNORED;
	}
}
