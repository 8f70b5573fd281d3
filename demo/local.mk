## demo/: the demo generator (docs/demo.md), a client of the use cases:
## it records through app/ like the interface does. Its files share
## demo/demo_int.h, which nothing outside demo/ includes.
noinst_LIBRARIES += demo/libdemo.a
demo_libdemo_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
LAYER_SYMBOL_RULES += demo/libdemo.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
demo_libdemo_a_SOURCES = \
	demo/demo.c demo/demo.h demo/demo_int.h \
	demo/demo_data.c demo/demo_household.c demo/demo_events.c \
	demo/demo_life.c demo/demo_moves.c
DEMO_LIBS = demo/libdemo.a
