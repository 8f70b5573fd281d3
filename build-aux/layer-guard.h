/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * layer-guard.h: forced into every file of a layer (-include, before the
 * file's own first line) by the layer's CPPFLAGS in its local.mk; see
 * docs/architecture.md, "How the build enforces the layers".
 *
 * Debian puts sqlite3.h, csv.h, xlsxwriter.h, jansson.h, curl/curl.h and
 * curses.h in /usr/include, where every
 * file can reach them whatever the include paths say; so a layer that may
 * not use a library poisons a few of the identifiers that library's header
 * declares. Including the header anyway, directly or through another
 * header, stops the compiler with "attempt to use poisoned ...", pointing
 * at the forbidden header: `make` fails.
 *
 *   DANSO_NO_SQLITE   every layer but db/
 *   DANSO_NO_CSV      every layer but exchange/ (libcsv)
 *   DANSO_NO_XLSX     every layer but exchange/ (libxlsxwriter)
 *   DANSO_NO_JSON     every layer but exchange/ (jansson)
 *   DANSO_NO_CURL     every layer but net/ (libcurl)
 *   DANSO_NO_CURSES   every layer but tui/
 */
#ifdef DANSO_NO_SQLITE
#pragma GCC poison sqlite3_open sqlite3_open_v2 sqlite3_prepare_v2 sqlite3_exec sqlite3_close
#endif
#ifdef DANSO_NO_CSV
#pragma GCC poison csv_init csv_parse csv_fini csv_free
#endif
#ifdef DANSO_NO_XLSX
#pragma GCC poison workbook_new workbook_close workbook_add_worksheet
#endif
#ifdef DANSO_NO_JSON
#pragma GCC poison json_loads json_dumps json_array_append_new
#endif
#ifdef DANSO_NO_CURL
#pragma GCC poison curl_easy_init curl_easy_perform curl_global_init
#endif
#ifdef DANSO_NO_CURSES
#pragma GCC poison initscr endwin newwin wgetch wget_wch
#endif
