/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* main.c: danso's entry point: parse the command line and hand off. */
#include "config.h"

#include "cli/cli.h"
#include "tui/tui.h"

int
main(int argc, char **argv)
{
	return cli_main(argc, argv, tui_main);
}
