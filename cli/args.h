/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * args.h: the options of one command ("--name VALUE", "--name=VALUE",
 * flags, and an optional value for options such as --dhis2 [MAPFILE]).
 */
#ifndef DANSO_ARGS_H
#define DANSO_ARGS_H

#include <stddef.h>

enum arg_kind {
	ARG_VALUE,      /* --opt VALUE (required value) */
	ARG_FLAG,       /* --opt */
	ARG_OPTIONAL    /* --opt [VALUE]: takes the next word unless it starts with "--" */
};

typedef struct arg_spec {
	const char *name;     /* "--commune" */
	enum arg_kind kind;
	const char **value;   /* ARG_VALUE / ARG_OPTIONAL: where to store the value */
	int *seen;            /* set to 1 when the option is given (may be NULL) */
} arg_spec;

/* Parse argv[1..argc-1] (argv[0] is the command name). Words that are not
 * options go to positional[] (caller gives room for argc entries) and their
 * count to *npositional (NULL refuses positional words). Prints a usage
 * message naming the command and returns -1 on a mistake. */
int args_parse(int argc, char **argv, const arg_spec *specs, size_t nspecs,
               char **positional, int *npositional);

/* Parse a whole positive integer option value; prints the error naming the
 * option and returns -1 if it is not one in [min, max]. */
int args_int(const char *cmd, const char *opt, const char *value, long min, long max, long *out);

#endif
