## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## demo/: the demo generator (docs/demo.md), a client of the use cases:
## it records through app/ like the interface does. Inside, a one-way
## stack (docs/demo.md, "Inside"): demo_rng, demo_data, demo_people
## (with the types of demo_model.h), demo_household, demo_record,
## demo_life and demo_moves, demo_events, demo_generate (the driver);
## only demo.h is public.
noinst_LIBRARIES += demo/libdemo.a
demo_libdemo_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
LAYER_SYMBOL_RULES += demo/libdemo.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
demo_libdemo_a_SOURCES = \
	demo/demo_rng.c demo/demo_rng.h \
	demo/demo_data.c demo/demo_data.h \
	demo/demo_model.h demo/demo_people.c demo/demo_people.h \
	demo/demo_household.c demo/demo_household.h \
	demo/demo_record.c demo/demo_record.h \
	demo/demo_life.c demo/demo_life.h \
	demo/demo_moves.c demo/demo_moves.h \
	demo/demo_events.c demo/demo_events.h \
	demo/demo_generate.c demo/demo.h
DEMO_LIBS = demo/libdemo.a

## The demo stays what it was for a few seeds (tests/data/demo_golden.txt).
CMD_TESTS += tests/cmd/demo_golden.sh
EXTRA_DIST += tests/cmd/demo_digest.py
