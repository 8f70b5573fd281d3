/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * ime.h: the Vietnamese input engine (Telex and VNI), a pure function from
 * keystrokes to NFC text. The line editor keeps no engine state: for each
 * key it hands over the word before the cursor and replaces that word with
 * what comes back, so repeated keys, tone moves and undo are all decided
 * from the word itself (see docs/ime.md).
 *
 *     char out[IME_WORD_SIZE];
 *     ime_process(IME_TELEX, "hoa", 'f', out, sizeof out);   -> "hoà"
 *     ime_process(IME_TELEX, "hoà", 'f', out, sizeof out);   -> "hoaf"
 *
 * A modifier acts only when the word is a Vietnamese syllable (or the start
 * of one): otherwise the key is appended as typed, so "class", "email" or
 * "Windows" stay as they are. Keys that are not ASCII (text from a system
 * input method) are always appended unchanged.
 */
#ifndef DANSO_IME_H
#define DANSO_IME_H

#include <stddef.h>
#include <stdint.h>

typedef enum ime_mode {
	IME_OFF = 0,
	IME_TELEX = 1,
	IME_VNI = 2
} ime_mode;

/* A buffer this large always holds the result for a word the editor can
 * hold (a word of up to 64 bytes plus one key). */
#define IME_WORD_SIZE 256

/* Apply one typed key (a Unicode code point) to word, the NFC UTF-8 text
 * before the cursor back to the last non-letter, and write the new word,
 * NFC and always valid UTF-8, into out (size n; a result that does not fit
 * is cut at a character boundary). Returns 1 if the key acted as a
 * modifier (tone, mark, đ, or the undo of one), 0 if it was appended as a
 * letter (the tone may then have moved to its proper vowel, as in
 * "hò" + 'a' -> "hoà"). A key that is not a Unicode scalar value, or NUL,
 * is ignored: out gets word and 0 is returned. */
int ime_process(ime_mode mode, const char *word, uint32_t key, char *out, size_t n);

/* Feed every key of keys (UTF-8) through the engine, one word at a time:
 * letters (and, in VNI, digits) go through ime_process, anything else ends
 * the word and is copied. The NFC result goes into out (size n, cut at a
 * character boundary if too small). */
void ime_apply(ime_mode mode, const char *keys, char *out, size_t n);

/* The mode's name for the status line: "Telex", "VNI", or "Tắt"/"Off". */
const char *ime_mode_name(ime_mode mode);

#endif
