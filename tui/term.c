/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* term.c: curses start-up, keys and text drawing (see term.h). */
#define _XOPEN_SOURCE_EXTENDED 1
#include "config.h"

#include "tui/term.h"
#include "tui/keys.h"
#include "tui/lineedit.h"
#include "domain/layout.h"
#include "domain/utf8.h"
#include "domain/vntext.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "domain/seams.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <wchar.h>

int term_utf8;
static int term_started;
static int term_colours;
static int cursor_y = -1, cursor_x = -1;

/* $DANSO_KEYLOG (bench/run.sh, the test program only: domain/seams.h):
 * when set, every key's processing time, from
 * reading it to the refreshed screen, is appended there in microseconds, one
 * line per key. Unset, it costs one test per key. */
static FILE *keylog;
static struct timespec key_read_at;
static int key_pending;

/* A test's log file for appending, when a seam names one; else NULL. */
static FILE *
log_open(const char *path)
{
	return path != NULL && path[0] != '\0' ? plat_fopen(path, "ae") : NULL;
}

/* Append the time since the last key was read, once the screen shows it. */
static void
keylog_write(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	fprintf(keylog, "%ld\n", (long)(now.tv_sec - key_read_at.tv_sec) * 1000000L +
	        (now.tv_nsec - key_read_at.tv_nsec) / 1000L);
	fflush(keylog);
	key_pending = 0;
}

/* $DANSO_TEST_DRAWLOG (tests/screen/walk.sh, the test program only:
 * domain/seams.h): when set, every term_put is
 * appended there as one line, "P y x width pad used fits drawn full" (tab
 * separated; fits is 0 when the text was longer than its width), and each
 * frame starts with "F" (term_clear) and ends with "S" (term_flush), so a
 * test can tell what was cut, marked or drawn over the cells of another
 * text. Unset, it costs one test per string drawn. */
static FILE *drawlog;

/* s into the log with tabs and line breaks as spaces. */
static void
drawlog_text(const char *s, size_t len)
{
	for (size_t i = 0; i < len && s[i] != '\0'; i++)
		fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], drawlog);
}

/* One term_put: where, how wide, what was drawn of what. */
static void
drawlog_put(int y, int x, int width, int pad, int used, const char *full, const char *drawn, size_t drawn_len)
{
	fprintf(drawlog, "P\t%d\t%d\t%d\t%d\t%d\t%d\t", y, x, width, pad, used,
	        drawn == full && full[drawn_len] == '\0');
	drawlog_text(drawn, drawn_len);
	fputc('\t', drawlog);
	drawlog_text(full, strlen(full));
	fputc('\n', drawlog);
}

/* Colour pairs, one per term_attr that has a colour. */
static void
init_colours(void)
{
	start_color();
	use_default_colors();
	init_pair(1, COLOR_WHITE, COLOR_BLUE);    /* title, status */
	init_pair(2, COLOR_BLACK, COLOR_CYAN);    /* selection */
	init_pair(3, COLOR_RED, -1);              /* error */
	init_pair(4, COLOR_YELLOW, -1);           /* warning */
	init_pair(5, COLOR_BLACK, COLOR_WHITE);   /* focus */
}

/* Start curses and decide on UTF-8 and colours. */
int
term_init(void)
{
	term_utf8 = plat_terminal_start();
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	if (initscr() == NULL) {
		fputs("danso: cannot start the terminal interface\n", stderr);
		return -1;
	}
	term_started = 1;
	keylog = log_open(seam_keylog());
	drawlog = log_open(seam_drawlog());
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	term_colours = has_colors() && getenv("NO_COLOR") == NULL;
	if (term_colours)
		init_colours();
	return 0;
}

/* Leave curses and restore the terminal (safe to call twice). */
void
term_end(void)
{
	if (!term_started)
		return;
	term_started = 0;
	curs_set(1);
	endwin();
	if (keylog != NULL) {
		fclose(keylog);
		keylog = NULL;
	}
	if (drawlog != NULL) {
		fclose(drawlog);
		drawlog = NULL;
	}
}

/* Columns of the terminal. */
int
term_cols(void)
{
	return COLS;
}

/* Lines of the terminal. */
int
term_lines(void)
{
	return LINES;
}

/* Map a function key from curses to keys.h. */
static int
map_function_key(wint_t c)
{
	switch (c) {
	case KEY_ENTER: return K_ENTER;
	case KEY_BTAB: return K_BTAB;
	case KEY_BACKSPACE: return K_BACKSPACE;
	case KEY_DC: return K_DELETE;
	case KEY_LEFT: return K_LEFT;
	case KEY_RIGHT: return K_RIGHT;
	case KEY_UP: return K_UP;
	case KEY_DOWN: return K_DOWN;
	case KEY_HOME: return K_HOME;
	case KEY_END: return K_END;
	case KEY_PPAGE: return K_PGUP;
	case KEY_NPAGE: return K_PGDN;
	case KEY_RESIZE: return K_RESIZE;
	case KEY_F(1): return K_F1;
	case KEY_F(2): return K_SAVE;
	case KEY_F(3): return K_F3;
	case KEY_F(4): return K_F4;
	case KEY_F(5): return K_F5;
	case KEY_F(6): return K_F6;
	case KEY_F(7): return K_F7;
	case KEY_F(8): return K_F8;
	case KEY_F(9): return K_F9;
	case KEY_F(10): return K_F10;
	default: return K_UNKNOWN;
	}
}

/* Map a control character to keys.h. */
static int
map_control(wint_t c)
{
	switch (c) {
	case '\r': case '\n': return K_ENTER;
	case '\t': return K_TAB;
	case 27: return K_ESC;
	case 8: case 127: return K_BACKSPACE;
	case 19: return K_SAVE;      /* Ctrl-S */
	case 3: return K_CTRL_C;
	case 21: return K_CTRL_U;
	case 20: return K_CTRL_T;
	default: return K_UNKNOWN;
	}
}

/* Wait for one key and return it as a keys.h value. */
int
term_read_key(void)
{
	wint_t c;
	int r;

	if (cursor_y >= 0) {
		curs_set(1);
		move(cursor_y, cursor_x);
	} else {
		curs_set(0);
	}
	r = get_wch(&c);
	if (r == ERR)
		return K_NONE;
	if (keylog != NULL) {
		clock_gettime(CLOCK_MONOTONIC, &key_read_at);
		key_pending = 1;
	}
	if (r == KEY_CODE_YES)
		return map_function_key(c);
	if (c < 0x20 || c == 0x7f)
		return map_control(c);
	return (int)c;
}

/* Clear the screen before a frame. */
void
term_clear(void)
{
	erase();
	cursor_y = cursor_x = -1;
	if (drawlog != NULL)
		fputs("F\n", drawlog);
}

/* ASCII stand-ins for the few symbols the screens use. */
static const struct {
	const char *utf8, *ascii;
} symbols[] = {
	{"\xe2\x86\x91\xe2\x86\x93", "Up/Down"}, /* ↑↓ */
	{"\xe2\x80\x93", "-"},                   /* – */
	{"\xe2\x80\x94", "-"},                   /* — */
	{"\xe2\x94\x80", "-"},                   /* ─ */
	{"\xc3\x97", "x"},                        /* × */
	{UTF8_CUT_MARK, "~"},                     /* … */
};

/* Replace the symbols of s that have an ASCII stand-in, into out. */
static void
ascii_symbols(const char *s, char *out, size_t n)
{
	size_t o = 0;

	while (*s != '\0' && o + 1 < n) {
		size_t k;
		for (k = 0; k < ARRAY_LEN(symbols); k++) {
			size_t len = strlen(symbols[k].utf8), alen = strlen(symbols[k].ascii);
			if (strncmp(s, symbols[k].utf8, len) == 0) {
				if (o + alen >= n)
					break;
				memcpy(out + o, symbols[k].ascii, alen);
				o += alen;
				s += len;
				break;
			}
		}
		if (k == ARRAY_LEN(symbols))
			out[o++] = *s++;
	}
	out[o] = '\0';
}

/* The text to show: s itself, or s unaccented with anything else non-ASCII
 * as '?' on a terminal without UTF-8. */
static const char *
displayable(const char *s, char *buf, size_t n)
{
	char tmp[1024];

	if (term_utf8)
		return s;
	ascii_symbols(s, tmp, sizeof tmp);
	vn_unaccent(tmp, buf, n);
	for (char *p = buf; *p != '\0'; p++)
		if ((unsigned char)*p >= 0x80)
			*p = '?';
	return buf;
}

/* Columns s takes on this terminal. */
int
term_width(const char *s)
{
	char buf[1024];

	return utf8_width(displayable(s, buf, sizeof buf));
}

/* Columns of the character at s on this terminal; *len gets its bytes (a
 * stray continuation byte counts with the character before it). */
int
term_char_width(const char *s, size_t *len)
{
	char one[8] = {0};
	size_t k = utf8_char_len(s);

	memcpy(one, s, k < sizeof one ? k : sizeof one - 1);
	*len = k > 0 ? k : 1;
	return term_width(one);
}

/* The curses attribute of a term_attr. */
static attr_t
attr_of(int attr, short *pair)
{
	*pair = 0;
	switch (attr) {
	case TA_TITLE: case TA_STATUS:
		*pair = term_colours ? 1 : 0;
		return A_REVERSE * !term_colours | A_BOLD * (attr == TA_TITLE);
	case TA_SELECTED:
		*pair = term_colours ? 2 : 0;
		return term_colours ? 0 : A_REVERSE;
	case TA_FIELD: return A_UNDERLINE;
	case TA_FOCUS:
		*pair = term_colours ? 5 : 0;
		return term_colours ? 0 : A_REVERSE;
	case TA_LABEL: return A_BOLD;
	case TA_ERROR:
		*pair = term_colours ? 3 : 0;
		return A_BOLD;
	case TA_WARNING:
		*pair = term_colours ? 4 : 0;
		return A_BOLD;
	case TA_DIM: return A_DIM;
	default: return A_NORMAL;
	}
}

/* Draw s at (y, x) in at most width columns, never cutting a character;
 * a text longer than width ends with the mark "…" (lay_fit). */
int
term_put(int y, int x, int width, const char *s, int attr, int pad)
{
	char buf[1024], cut[1024];
	short pair;
	attr_t a = attr_of(attr, &pair);
	const char *start, *shown;
	int used = 0;

	if (y < 0 || y >= LINES || x >= COLS || width <= 0)
		return 0;
	if (x + width > COLS)
		width = COLS - x;
	s = start = displayable(s, buf, sizeof buf);
	if (utf8_width(s) > width) {
		/* never cut without the mark (lay_fit: at a word's end if it can) */
		lay_fit(s, width, cut, sizeof cut);
		if (!term_utf8 && strlen(cut) >= 3 && strcmp(cut + strlen(cut) - 3, UTF8_CUT_MARK) == 0)
			strcpy(cut + strlen(cut) - 3, "~");
		s = cut;
	}
	shown = s;
	attr_set(a, pair, NULL);
	move(y, x);
	while (*s != '\0') {
		const char *at = s;
		uint32_t c = utf8_decode(&s);
		wchar_t wc[2] = {(wchar_t)c, 0};
		int w = utf8_cp_width(c);
		cchar_t cc;

		if (used + w > width) {
			s = at;
			break;
		}
		if (c < 0x20)
			wc[0] = ' ';
		setcchar(&cc, wc, a, pair, NULL);
		add_wch(&cc);
		used += w;
	}
	if (drawlog != NULL)
		drawlog_put(y, x, width, pad, used, start, shown, (size_t)(s - shown));
	for (; pad && used < width; used++)
		addch(' ');
	attr_set(A_NORMAL, 0, NULL);
	return used;
}

/* A horizontal rule. */
void
term_hline(int y, int x, int width)
{
	char line[3 * 256 + 1];
	int n = 0;

	for (int i = 0; i < width && i < 256; i++) {
		if (term_utf8) {
			memcpy(line + n, "\xe2\x94\x80", 3);   /* U+2500 */
			n += 3;
		} else {
			line[n++] = '-';
		}
	}
	line[n] = '\0';
	term_put(y, x, width, line, TA_DIM, 0);
}

/* Where to leave the visible cursor (y < 0: hidden). */
void
term_cursor(int y, int x)
{
	cursor_y = y;
	cursor_x = x;
}

/* Show the frame drawn since term_clear(). */
void
term_flush(void)
{
	if (cursor_y >= 0)
		move(cursor_y, cursor_x);
	refresh();
	if (drawlog != NULL) {
		fputs("S\n", drawlog);
		fflush(drawlog);
	}
	if (key_pending)
		keylog_write();
}
