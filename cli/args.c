/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* args.c: parsing the options of one command. */
#include "config.h"

#include "cli/args.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <string.h>

/* Find the spec for word (either "--opt" or "--opt=value"). */
static const arg_spec *
find_spec(const char *word, const arg_spec *specs, size_t nspecs, const char **inline_value)
{
	*inline_value = NULL;
	for (size_t i = 0; i < nspecs; i++) {
		size_t n = strlen(specs[i].name);

		if (strncmp(word, specs[i].name, n) != 0)
			continue;
		if (word[n] == '\0')
			return &specs[i];
		if (word[n] == '=' && specs[i].kind != ARG_FLAG) {
			*inline_value = word + n + 1;
			return &specs[i];
		}
	}
	return NULL;
}

/* Parse a command's --options into their values. */
int
args_parse(int argc, char **argv, const arg_spec *specs, size_t nspecs,
           char **positional, int *npositional)
{
	int npos = 0;

	for (int i = 1; i < argc; i++) {
		const char *inline_value;
		const arg_spec *s;

		if (strncmp(argv[i], "--", 2) != 0 || argv[i][2] == '\0') {
			if (npositional == NULL) {
				fprintf(stderr, "danso %s: %s: %s\n", argv[0],
				        L("đối số thừa", "unexpected argument"), term_safe(argv[i]));
				return -1;
			}
			positional[npos++] = argv[i];
			continue;
		}
		s = find_spec(argv[i], specs, nspecs, &inline_value);
		if (s == NULL) {
			fprintf(stderr, "danso %s: %s: %s\n", argv[0], L("tùy chọn không rõ", "unknown option"), term_safe(argv[i]));
			return -1;
		}
		if (s->seen != NULL)
			*s->seen = 1;
		if (s->kind == ARG_FLAG)
			continue;
		if (inline_value != NULL) {
			*s->value = inline_value;
		} else if (i + 1 < argc && (s->kind == ARG_VALUE || strncmp(argv[i + 1], "--", 2) != 0)) {
			*s->value = argv[++i];
		} else if (s->kind == ARG_VALUE) {
			fprintf(stderr, "danso %s: %s %s\n", argv[0], s->name, L("cần một giá trị", "needs a value"));
			return -1;
		}
	}
	if (npositional != NULL)
		*npositional = npos;
	return 0;
}

/* Read an integer option within bounds. */
int
args_int(const char *cmd, const char *opt, const char *value, long min, long max, long *out)
{
	if (str_to_long(value, out) != 0 || *out < min || *out > max) {
		fprintf(stderr, "danso %s: %s %s: %s %ld..%ld\n", cmd, opt, term_safe(value),
		        L("phải là số nguyên trong khoảng", "must be a whole number in"), min, max);
		return -1;
	}
	return 0;
}
