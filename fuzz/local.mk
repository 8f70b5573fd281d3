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
