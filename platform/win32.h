/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* win32.h: helpers shared by the Windows side of platform/ (win32.c). */
#ifndef DANSO_PLATFORM_WIN32_H
#define DANSO_PLATFORM_WIN32_H

#define ARRAY_N(a) (sizeof(a) / sizeof((a)[0]))

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

/* UTF-8 to a newly allocated UTF-16 string and back; NULL (errno EILSEQ
 * or ENOMEM) on failure. */
wchar_t *win_wide(const char *s);
char *win_utf8(const wchar_t *w);
/* Set errno from GetLastError() and return -1. */
int win_fail(void);
/* Security attributes with a protected DACL that gives full access to the
 * current user and to SYSTEM only (inherited by what a folder holds). */
int win_private_security(SECURITY_ATTRIBUTES *sa);
void win_free_security(SECURITY_ATTRIBUTES *sa);
/* Put that DACL on an existing file or folder. */
int win_set_private(const char *path);
#endif

#endif
