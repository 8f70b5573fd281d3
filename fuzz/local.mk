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
