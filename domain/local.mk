## domain/: the domain in plain C (no curses, no SQLite, no libcsv).
noinst_LIBRARIES += domain/libdomain.a
domain_libdomain_a_CPPFLAGS = $(AM_CPPFLAGS) $(SODIUM_CFLAGS) $(UTF8PROC_CFLAGS)
domain_libdomain_a_SOURCES = \
	domain/util.c domain/util.h \
	domain/i18n.c domain/i18n.h \
	domain/model.c domain/model.h \
	domain/error.c domain/error.h \
	domain/codes.h domain/codes_default.c \
	domain/ids.c domain/ids.h \
	domain/vntext.c domain/vntext.h \
	domain/auth_policy.c domain/auth_policy.h
DOMAIN_LIBS = domain/libdomain.a $(SODIUM_LIBS) $(UTF8PROC_LIBS)

check_PROGRAMS += tests/unit/test_vntext
TESTS += tests/unit/test_vntext
tests_unit_test_vntext_CPPFLAGS = $(AM_CPPFLAGS)
tests_unit_test_vntext_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)
