## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## net/: talking to other systems over the network (helper "dhis2"): the
## only layer that includes curl/curl.h. Used by app/ (the DHIS2 push).
noinst_LIBRARIES += net/libnet.a
net_libnet_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_NET) $(CURL_CFLAGS)
LAYER_SYMBOL_RULES += net/libnet.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURSES)
net_libnet_a_SOURCES = net/http.c net/http.h
## libcurl itself only with --disable-dlopen (configure.ac): by
## default net/http.c loads it when a push runs.
NET_LIBS = net/libnet.a $(CURL_LINK_LIBS)
