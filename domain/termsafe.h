/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * termsafe.h: making text from outside safe to print on a terminal.
 *
 * Every string that came from a file, a package or the register (names,
 * cells quoted in an error, commune names, paths) goes through here before
 * the command line prints it, so a hostile value cannot move the cursor,
 * retitle the window, rewrite what is shown or reorder it
 * (docs/reliability.md). What a terminal would act on is written as a
 * visible escape instead:
 *   - C0 controls and DEL: "\x1b", "\x07" ... (newline and tab too, unless
 *     TERM_SAFE_LINES keeps them for a block of text the program laid out);
 *   - C1 controls U+0080..U+009F (an 8-bit CSI is one of them): "\u009b";
 *   - the bidirectional and invisible format characters (U+061C,
 *     U+200B..U+200F, U+202A..U+202E, U+2060..U+2069, U+FEFF): "\u202e";
 *   - bytes that are not UTF-8: "\xff".
 * Vietnamese text and every other printable character pass unchanged.
 */
#ifndef DANSO_TERMSAFE_H
#define DANSO_TERMSAFE_H

#include <stddef.h>

#define TERM_SAFE_LINES 1   /* keep newline and tab (a laid-out block) */

/* Copy s into out (n bytes, always NUL-terminated; cut at a whole escape
 * or character when it does not fit) made safe as above; returns out. */
char *term_safe_copy(char *out, size_t n, const char *s, int flags);

/* s made safe as above, in a new string (caller frees). */
char *term_safe_dup(const char *s, int flags);

/* s made safe for one printf argument: the result lives in one of eight
 * rotating buffers of this module (so up to eight may appear in one call)
 * and is cut at 1 KiB. NULL gives "". */
const char *term_safe(const char *s);

#endif
