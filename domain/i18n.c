/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* i18n.c: choose the interface language. */
#include "config.h"

#include "domain/i18n.h"

#include <stdlib.h>
#include <string.h>

ui_lang i18n_lang = LANG_VI;

/* Map a language tag ("en", "en_US", "vi") to a language; -1 if unknown. */
static int
lang_from_tag(const char *tag, ui_lang *out)
{
	if (strncmp(tag, "en", 2) == 0 && (tag[2] == '\0' || tag[2] == '_' || tag[2] == '-' || tag[2] == '.')) {
		*out = LANG_EN;
		return 0;
	}
	if (strncmp(tag, "vi", 2) == 0 && (tag[2] == '\0' || tag[2] == '_' || tag[2] == '-' || tag[2] == '.')) {
		*out = LANG_VI;
		return 0;
	}
	return -1;
}

/* The first known language of LANGUAGE, a colon list ("en_GB:en"); -1 if
 * it names none. */
static int
lang_from_list(const char *list, ui_lang *out)
{
	char buf[128];
	char *save = NULL, *tok;

	strncpy(buf, list, sizeof buf - 1);
	buf[sizeof buf - 1] = '\0';
	for (tok = strtok_r(buf, ":", &save); tok != NULL; tok = strtok_r(NULL, ":", &save))
		if (lang_from_tag(tok, out) == 0)
			return 0;
	return -1;
}

/* The locale that decides messages, as every Debian program reads it: the
 * first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
static const char *
messages_locale(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return v;
	}
	return NULL;
}

/* --lang first, then the first known entry of LANGUAGE, then the messages
 * locale (LC_ALL, LC_MESSAGES, LANG); a locale we have no texts for ("C",
 * "fr_FR") leaves Vietnamese, the program's own language. */
int
i18n_init(const char *cli_lang)
{
	const char *env;

	i18n_lang = LANG_VI;
	if (cli_lang != NULL)
		return lang_from_tag(cli_lang, &i18n_lang);
	env = getenv("LANGUAGE");
	if (env != NULL && lang_from_list(env, &i18n_lang) == 0)
		return 0;
	env = messages_locale();
	if (env != NULL && lang_from_tag(env, &i18n_lang) != 0)
		i18n_lang = LANG_VI;
	return 0;
}

/* Switch language at run time. */
void
i18n_set(ui_lang lang)
{
	i18n_lang = lang;
}
