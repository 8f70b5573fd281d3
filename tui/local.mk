## tui/: the full-screen interface; the only layer that includes curses.h.
noinst_LIBRARIES += tui/libtui.a
tui_libtui_a_CPPFLAGS = $(AM_CPPFLAGS) $(CURSES_CFLAGS)
tui_libtui_a_SOURCES =
TUI_LIBS = tui/libtui.a $(CURSES_LIBS)
