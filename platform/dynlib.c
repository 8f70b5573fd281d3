/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dynlib.c: a shared library loaded while the program runs (see
 * platform.h): dlopen on POSIX, LoadLibraryExW on Windows. */
#include "config.h"

#include "platform/platform.h"
#include "platform/win32.h"

#include <stdio.h>
#include <string.h>

static char why[512];

#ifdef _WIN32

#include <stdlib.h>

plat_lib *
plat_lib_open(const char *name)
{
	wchar_t *w = win_wide(name);
	HMODULE h;
	DWORD e;

	if (w == NULL) {
		snprintf(why, sizeof why, "%s: not a file name", name);
		return NULL;
	}
	/* danso.exe's own folder and System32 only: never the current folder
	 * nor PATH, where anyone may have put a DLL of that name. */
	h = LoadLibraryExW(w, NULL, LOAD_LIBRARY_SEARCH_APPLICATION_DIR | LOAD_LIBRARY_SEARCH_SYSTEM32);
	e = GetLastError();
	free(w);
	if (h == NULL) {
		char msg[400] = "";

		FormatMessageA(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, e, 0, msg,
		               sizeof msg, NULL);
		msg[strcspn(msg, "\r\n")] = '\0';
		snprintf(why, sizeof why, "%s: %s (Windows error %lu)", name, msg, (unsigned long)e);
	}
	return (plat_lib *)h;
}

plat_fn
plat_lib_fn(plat_lib *lib, const char *symbol)
{
	FARPROC p = GetProcAddress((HMODULE)lib, symbol);
	plat_fn f;

	if (p == NULL)
		snprintf(why, sizeof why, "%s: not found (Windows error %lu)", symbol, (unsigned long)GetLastError());
	memcpy(&f, &p, sizeof f);
	return f;
}

#else /* POSIX */

#include <dlfcn.h>

plat_lib *
plat_lib_open(const char *name)
{
	/* RTLD_LOCAL: its symbols serve only the calls made through
	 * plat_lib_fn; RTLD_NOW: a missing dependency shows here. */
	void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	const char *e;

	if (h == NULL) {
		e = dlerror();
		snprintf(why, sizeof why, "%s", e != NULL ? e : name);
	}
	return h;
}

plat_fn
plat_lib_fn(plat_lib *lib, const char *symbol)
{
	void *p;
	plat_fn f;

	dlerror();
	p = dlsym(lib, symbol);
	if (p == NULL) {
		const char *e = dlerror();
		snprintf(why, sizeof why, "%s", e != NULL ? e : symbol);
	}
	/* POSIX guarantees a function's address survives this conversion. */
	_Static_assert(sizeof f == sizeof p, "a function pointer is as wide as a data pointer");
	memcpy(&f, &p, sizeof f);
	return f;
}

#endif

const char *
plat_lib_why(void)
{
	return why;
}
