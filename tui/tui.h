/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * tui.h: the full-screen interface, started by cli_main() when danso is run
 * without a command. Opens the database at db_path (which must exist and be
 * initialised: `danso init` first), runs the screens until the user quits
 * and returns the exit status (0, or 1 when the database cannot be used).
 */
#ifndef DANSO_TUI_H
#define DANSO_TUI_H

int tui_main(const char *db_path);

#endif
