/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * i18n.h: the interface language. Vietnamese by default; English with
 * --lang en, LANGUAGE=en or an English messages locale (LANG=en_US.UTF-8).
 * Every user-visible sentence is written with both
 * texts side by side at its point of use:
 *
 *     ui_error(L("Ngày không hợp lệ", "Invalid date"));
 *
 * so a reader sees both and no catalogue can drift out of step.
 */
#ifndef DANSO_I18N_H
#define DANSO_I18N_H

typedef enum ui_lang {
	LANG_VI = 0,
	LANG_EN = 1
} ui_lang;

/* The language in force; set once at start-up by i18n_init(). */
extern ui_lang i18n_lang;

#define L(vi, en) (i18n_lang == LANG_EN ? (en) : (vi))

/* Choose the language: cli_lang ("vi"/"en", from --lang) wins, then the
 * LANGUAGE environment variable, then the first of LC_ALL, LC_MESSAGES and
 * LANG that is set, else Vietnamese. Returns -1 if cli_lang
 * names a language we do not have (the caller reports a usage error). */
int i18n_init(const char *cli_lang);

/* Set the language directly (tests, the interface's language switch). */
void i18n_set(ui_lang lang);

#endif
