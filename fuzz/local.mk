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
