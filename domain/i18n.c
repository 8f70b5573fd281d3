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

/* --lang first, then the first known entry of LANGUAGE (a colon list). */
int
i18n_init(const char *cli_lang)
{
	const char *env;

	i18n_lang = LANG_VI;
	if (cli_lang != NULL)
		return lang_from_tag(cli_lang, &i18n_lang);
	env = getenv("LANGUAGE");
	if (env != NULL) {
		char buf[128];
		char *save = NULL, *tok;

		strncpy(buf, env, sizeof buf - 1);
		buf[sizeof buf - 1] = '\0';
		for (tok = strtok_r(buf, ":", &save); tok != NULL; tok = strtok_r(NULL, ":", &save))
			if (lang_from_tag(tok, &i18n_lang) == 0)
				break;
	}
	return 0;
}

/* Switch language at run time. */
void
i18n_set(ui_lang lang)
{
	i18n_lang = lang;
}
