## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## tui/: the full-screen interface; the only layer that includes curses.h.
noinst_LIBRARIES += tui/libtui.a
tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_TUI) $(CURSES_CFLAGS)
LAYER_SYMBOL_RULES += tui/libtui.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL)
tui_libtui_a_SOURCES = \
	tui/keys.h tui/tui.h \
	tui/lineedit.c tui/lineedit.h \
	tui/form.c tui/form.h \
	tui/listview.c tui/listview.h \
	tui/picklist.c tui/dialog.h \
	tui/textview.c tui/textview.h \
	tui/term.c tui/term.h \
	tui/draw.c tui/draw.h \
	tui/dialog.c \
	tui/app.c tui/app.h \
	tui/screens.h tui/scr_common.c \
	tui/scr_start.c \
	tui/scr_home.c \
	tui/scr_register.c \
	tui/scr_household.c \
	tui/scr_hh_form.c \
	tui/scr_member.c \
	tui/event_form.c tui/event_form.h \
	tui/scr_event.c \
	tui/scr_review.c \
	tui/scr_report.c \
	tui/scr_export.c \
	tui/scr_residents.c
TUI_LIBS = tui/libtui.a $(CURSES_LIBS)

## Key handling of the widgets, without a terminal.
check_PROGRAMS += tests/unit/test_tui_keys
TESTS += tests/unit/test_tui_keys
tests_unit_test_tui_keys_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_tui_keys_LDADD = $(TAP_LIBS) tui/libtui.a $(DOMAIN_LIBS)

## Screen tests: the real binary in a private tmux server at 80x24.
SCREEN_TESTS += \
	tests/screen/monthly.sh \
	tests/screen/terminal.sh \
	tests/screen/keystrokes.sh \
	tests/screen/login.sh \
	tests/screen/export.sh \
	tests/screen/minmax.sh \
	tests/screen/events.sh \
	tests/screen/transfer.sh \
	tests/screen/permissions.sh \
	tests/screen/confirm.sh \
	tests/screen/telex.sh \
	tests/screen/start.sh \
	tests/screen/dates.sh \
	tests/screen/fieldcheck.sh \
	tests/screen/implausible.sh \
	tests/screen/exportdir.sh \
	tests/screen/smaller.sh \
	tests/screen/residents.sh \
	tests/screen/walk.sh
EXTRA_DIST += tests/screen/lib.sh tests/screen/drawcheck.py

## The event forms from the fields' table (domain/event_fields.h), without a terminal.
check_PROGRAMS += tests/unit/test_event_form
TESTS += tests/unit/test_event_form
tests_unit_test_event_form_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS) $(CURSES_CFLAGS)
tests_unit_test_event_form_LDADD = $(TAP_LIBS) $(TUI_LIBS) $(DEMO_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) \
	$(DOMAIN_LIBS)
