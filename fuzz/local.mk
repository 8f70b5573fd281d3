## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## fuzz/: libFuzzer targets, built with ./configure --enable-fuzzing CC=clang.
if ENABLE_FUZZING
FUZZ_CFLAGS = -fsanitize=fuzzer,address,undefined
endif

if ENABLE_FUZZING
## fuzz_date (helper "rules"): bytes through the date and period parsers.
noinst_PROGRAMS += fuzz/fuzz_date
## date.c and period.c are compiled in again so libFuzzer sees their coverage.
fuzz_fuzz_date_SOURCES = fuzz/fuzz_date.c domain/date.c domain/period.c
fuzz_fuzz_date_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_date_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_date_LDADD = $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_date.c fuzz/corpus/date

if ENABLE_FUZZING
## fuzz_ime: arbitrary bytes as keys in every input mode.
noinst_PROGRAMS += fuzz/fuzz_ime
## ime.c and vntext.c are compiled in again so libFuzzer sees their coverage.
fuzz_fuzz_ime_SOURCES = fuzz/fuzz_ime.c domain/ime.c domain/vntext.c
fuzz_fuzz_ime_CPPFLAGS = $(AM_CPPFLAGS) $(UTF8PROC_CFLAGS)
fuzz_fuzz_ime_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_ime_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_ime_LDADD = $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_ime.c fuzz/corpus/ime

## --- fuzz_csv: the CSV reader (exchange/csvread.c); seeds in fuzz/corpus/csv/.
## Run: mkdir -p /tmp/csv-corpus && ./fuzz/fuzz_csv -max_total_time=20 /tmp/csv-corpus ../fuzz/corpus/csv
## (new inputs go to the first folder, so the seed corpus stays as committed)
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_csv
## the reader is compiled in so libFuzzer gets its coverage
fuzz_fuzz_csv_SOURCES = fuzz/fuzz_csv.c exchange/csvread.c exchange/legacyenc.c
fuzz_fuzz_csv_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_csv_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_csv_LDADD = $(CSV_LIBS) $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/corpus/csv

## fuzz_package, fuzz_register (helper "export"): the export package's
## readers (manifest, report, events, DHIS2 mapping) and the register
## import parser. Seeds in fuzz/corpus/package and fuzz/corpus/register.
## Run: ./fuzz/fuzz_package -max_total_time=60 /tmp/pkg-corpus ../fuzz/corpus/package
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_package fuzz/fuzz_register
fuzz_fuzz_package_SOURCES = fuzz/fuzz_package.c exchange/package.c exchange/manifest.c exchange/dhis2.c \
	exchange/csvread.c exchange/csvwrite.c exchange/legacyenc.c
fuzz_fuzz_package_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_package_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_package_LDADD = $(CSV_LIBS) $(JANSSON_LIBS) $(DOMAIN_LIBS) $(PLATFORM_LIBS)
fuzz_fuzz_register_SOURCES = fuzz/fuzz_register.c exchange/register_csv.c exchange/csvread.c exchange/legacyenc.c
fuzz_fuzz_register_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_register_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_register_LDADD = $(CSV_LIBS) $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_package.c fuzz/fuzz_register.c fuzz/corpus/package fuzz/corpus/register

## --- fuzz_codes (helper "safety"): person ids, household numbers, dates,
## logins and PINs; seeds in fuzz/corpus/codes/.
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_codes
fuzz_fuzz_codes_SOURCES = fuzz/fuzz_codes.c db/register.c domain/auth_policy.c
fuzz_fuzz_codes_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS) $(SODIUM_CFLAGS)
fuzz_fuzz_codes_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_codes_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_codes_LDADD = $(DB_LIBS) $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_codes.c fuzz/corpus/codes

## --- fuzz_targets: the yearly targets file (exchange/targets_file.c); seeds in
## fuzz/corpus/targets/.
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_targets
fuzz_fuzz_targets_SOURCES = fuzz/fuzz_targets.c exchange/targets_file.c domain/indicators.c \
	exchange/csvread.c exchange/legacyenc.c
fuzz_fuzz_targets_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_targets_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_targets_LDADD = $(CSV_LIBS) $(DOMAIN_LIBS) -lm
endif
EXTRA_DIST += fuzz/fuzz_targets.c fuzz/corpus/targets

## --- fuzz_residents (helper "residents"): the residents extract reader and the
## matching behind it; seeds in fuzz/corpus/residents/.
## Run: mkdir -p /tmp/res-corpus && ./fuzz/fuzz_residents -max_total_time=60 /tmp/res-corpus ../fuzz/corpus/residents
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_residents
fuzz_fuzz_residents_SOURCES = fuzz/fuzz_residents.c exchange/residents_csv.c exchange/csvread.c exchange/legacyenc.c \
	domain/residents.c
fuzz_fuzz_residents_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_residents_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_residents_LDADD = $(CSV_LIBS) $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_residents.c fuzz/corpus/residents
## --- fuzz_dhis2_summary (helper "dhis2"): DHIS2's import summary read after
## a push (exchange/dhis2.c, through jansson); seeds in fuzz/corpus/dhis2_summary/.
## Run: mkdir -p /tmp/sum-corpus && ./fuzz/fuzz_dhis2_summary -max_total_time=60 /tmp/sum-corpus ../fuzz/corpus/dhis2_summary
if ENABLE_FUZZING
noinst_PROGRAMS += fuzz/fuzz_dhis2_summary
fuzz_fuzz_dhis2_summary_SOURCES = fuzz/fuzz_dhis2_summary.c exchange/dhis2.c exchange/csvread.c \
	exchange/csvwrite.c exchange/legacyenc.c
fuzz_fuzz_dhis2_summary_CPPFLAGS = $(AM_CPPFLAGS) $(JANSSON_CFLAGS)
fuzz_fuzz_dhis2_summary_CFLAGS = $(AM_CFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_dhis2_summary_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_CFLAGS)
fuzz_fuzz_dhis2_summary_LDADD = $(CSV_LIBS) $(JANSSON_LIBS) $(DOMAIN_LIBS)
endif
EXTRA_DIST += fuzz/fuzz_dhis2_summary.c fuzz/corpus/dhis2_summary
