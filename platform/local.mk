## platform/: what differs between POSIX systems and Windows (the only
## folder with #ifdef _WIN32). Below domain/: it includes nothing of danso.
noinst_LIBRARIES += platform/libplatform.a
platform_libplatform_a_CPPFLAGS = $(AM_CPPFLAGS) $(UTF8PROC_CFLAGS)
platform_libplatform_a_SOURCES = \
	platform/platform.h platform/win32.h platform/format.h \
	platform/files.c \
	platform/system.c
if WINDOWS
platform_libplatform_a_SOURCES += platform/win32.c
endif
PLATFORM_LIBS = platform/libplatform.a $(UTF8PROC_LIBS)
