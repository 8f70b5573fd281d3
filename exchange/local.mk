## exchange/: CSV files in and out; the only layer that includes csv.h.
noinst_LIBRARIES += exchange/libexchange.a
exchange_libexchange_a_SOURCES = \
	exchange/legacyenc.c exchange/legacyenc.h \
	exchange/csvread.c exchange/csvread.h \
	exchange/csvwrite.c exchange/csvwrite.h
EXCHANGE_LIBS = exchange/libexchange.a $(CSV_LIBS)

check_PROGRAMS += tests/unit/test_csvread
TESTS += tests/unit/test_csvread
tests_unit_test_csvread_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_csvwrite
TESTS += tests/unit/test_csvwrite
tests_unit_test_csvwrite_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)
