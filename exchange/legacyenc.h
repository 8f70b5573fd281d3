/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * legacyenc.h: guess which legacy Vietnamese encoding a non-UTF-8 text is in.
 *
 * Before Unicode, Vietnamese spreadsheets were typed in font encodings:
 * TCVN3 (the "ABC" fonts .VnTime...), VNI-Windows (VNI-Times...) and VISCII.
 * A CSV saved from such a sheet is not UTF-8; the reader uses this guess to
 * tell the user what the file is and how to fix it.
 *
 * The guess is scored over the whole text: every word (a run of letters and
 * bytes >= 0x80) that is not valid UTF-8 is decoded under each candidate and
 * counted when it forms a possible Vietnamese syllable (onset, medial glide,
 * main vowel, final, at most one tone). The best candidate must explain at
 * least 60% of those words and beat the others; otherwise the answer is
 * LEGACY_UNKNOWN (a Windows-1252 file, for instance, explains almost none).
 */
#ifndef DANSO_LEGACYENC_H
#define DANSO_LEGACYENC_H

#include <stddef.h>

typedef enum legacy_enc {
	LEGACY_UNKNOWN = 0,  /* not UTF-8, no Vietnamese encoding fits */
	LEGACY_TCVN3,        /* TCVN 5712:1993 VN3, the "ABC" fonts */
	LEGACY_VNI,          /* VNI-Windows: base letter + mark byte */
	LEGACY_VISCII,       /* VISCII 1.1 */
	LEGACY_TCVN3_OR_VISCII  /* both fit equally well (very short texts) */
} legacy_enc;

/* The most likely legacy encoding of buf[0..len). */
legacy_enc legacyenc_guess(const void *buf, size_t len);

/* The user-facing name of an encoding, e.g. "TCVN3 (ABC)"; a static string. */
const char *legacyenc_name(legacy_enc enc);

/* A whole sentence saying the text is not UTF-8 and what it seems to be,
 * in the interface language; a static string. */
const char *legacyenc_message(legacy_enc enc);

#endif
