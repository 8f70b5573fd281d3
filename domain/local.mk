## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## domain/: the domain in plain C (no curses, no SQLite, no libcsv).
noinst_LIBRARIES += domain/libdomain.a
domain_libdomain_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN) $(SODIUM_CFLAGS) $(UTF8PROC_CFLAGS)
LAYER_SYMBOL_RULES += domain/libdomain.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
domain_libdomain_a_SOURCES = \
	domain/util.c domain/util.h \
	domain/clock.c domain/clock.h \
	domain/seams.c domain/seams.h \
	domain/i18n.c domain/i18n.h \
	domain/model.c domain/model.h \
	domain/event_fields.c domain/event_fields.h \
	domain/error.c domain/error.h \
	domain/codes.h domain/codes.c domain/codes_default.c \
	domain/ids.c domain/ids.h \
	domain/vntext.c domain/vntext.h \
	domain/auth_policy.c domain/auth_policy.h \
	domain/indicators.c domain/indicators.h \
	domain/termsafe.c domain/termsafe.h \
	domain/utf8.c domain/utf8.h \
	domain/layout.c domain/layout.h
DOMAIN_LIBS = domain/libdomain.a $(PLATFORM_LIBS) $(SODIUM_LIBS) $(UTF8PROC_LIBS)

check_PROGRAMS += tests/unit/test_vntext
TESTS += tests/unit/test_vntext
tests_unit_test_vntext_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_vntext_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_utf8
TESTS += tests/unit/test_utf8
tests_unit_test_utf8_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_utf8_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_indicators
TESTS += tests/unit/test_indicators
tests_unit_test_indicators_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_indicators_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

## Dates, reporting periods and the rules of an event (helper "rules").
domain_libdomain_a_SOURCES += \
	domain/date.c domain/date.h \
	domain/period.c domain/period.h \
	domain/rules.c domain/rules.h \
	domain/family.c domain/family.h

check_PROGRAMS += tests/unit/test_date tests/unit/test_period tests/unit/test_rules
TESTS += tests/unit/test_date tests/unit/test_period tests/unit/test_rules
tests_unit_test_date_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_date_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)
tests_unit_test_period_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_period_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)
tests_unit_test_rules_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_rules_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)
## The Vietnamese input engine (Telex, VNI).
domain_libdomain_a_SOURCES += domain/ime.c domain/ime.h

check_PROGRAMS += tests/unit/test_ime
TESTS += tests/unit/test_ime
tests_unit_test_ime_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_ime_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

## The household decisions (head, newborn's relation, birth order).
check_PROGRAMS += tests/unit/test_family
TESTS += tests/unit/test_family
tests_unit_test_family_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_family_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_layout
TESTS += tests/unit/test_layout
tests_unit_test_layout_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_layout_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

## Matching the register against a residents extract (helper "residents").
domain_libdomain_a_SOURCES += domain/residents.c domain/residents.h
check_PROGRAMS += tests/unit/test_residents
TESTS += tests/unit/test_residents
tests_unit_test_residents_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

## Terminal-safe text and sums that cannot wrap (issue 12).
check_PROGRAMS += tests/unit/test_termsafe
TESTS += tests/unit/test_termsafe
tests_unit_test_termsafe_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_termsafe_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)
