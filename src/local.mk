## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
bin_PROGRAMS += danso
danso_SOURCES = src/main.c
danso_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
danso_LDADD = $(CLI_LIBS) $(TUI_LIBS) $(DEMO_LIBS) $(APP_LIBS) $(NET_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
