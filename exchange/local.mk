## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## exchange/: every file format; the only layer that includes csv.h,
## xlsxwriter.h and jansson.h.
noinst_LIBRARIES += exchange/libexchange.a
exchange_libexchange_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_EXCHANGE) $(XLSX_CFLAGS) $(JANSSON_CFLAGS)
LAYER_SYMBOL_RULES += exchange/libexchange.a:$(NOT_SQLITE),$(NOT_CURL),$(NOT_CURSES)
exchange_libexchange_a_SOURCES = \
	exchange/legacyenc.c exchange/legacyenc.h \
	exchange/csvread.c exchange/csvread.h \
	exchange/csvwrite.c exchange/csvwrite.h \
	exchange/residents_csv.c exchange/residents_csv.h
## libxlsxwriter itself only with --disable-dlopen (configure.ac): by
## default exchange/xlsx.c loads it when a workbook is written.
EXCHANGE_LIBS = exchange/libexchange.a $(CSV_LIBS) $(XLSX_LINK_LIBS) $(JANSSON_LIBS) $(PLATFORM_LIBS)

check_PROGRAMS += tests/unit/test_csvread
TESTS += tests/unit/test_csvread
tests_unit_test_csvread_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_csvwrite
TESTS += tests/unit/test_csvwrite
tests_unit_test_csvwrite_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)

## The export package's files and the DHIS2 data value set (helper "export").
exchange_libexchange_a_SOURCES += \
	exchange/package.c exchange/package.h \
	exchange/manifest.c \
	exchange/dhis2.c exchange/dhis2.h \
	exchange/targets_file.c exchange/targets_file.h \
	exchange/xlsx.c exchange/xlsx.h
exchange_libexchange_a_SOURCES += exchange/register_csv.c exchange/register_csv.h

## The events file stays byte-identical (tests/data/export_golden/).
CMD_TESTS += tests/cmd/export_golden.sh

## The DHIS2 set and import summaries (helper "dhis2").
check_PROGRAMS += tests/unit/test_dhis2
TESTS += tests/unit/test_dhis2
tests_unit_test_dhis2_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)
