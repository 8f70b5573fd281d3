/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* format.h: the printf-format attribute for danso's own printf-like
 * functions. MinGW-w64 builds use its C99 printf (__USE_MINGW_ANSI_STDIO,
 * windows/build.sh), which GCC checks as "gnu_printf"; plain "printf"
 * there would mean msvcrt's dialect, which lacks %zu and %lld. */
#ifndef DANSO_PLATFORM_FORMAT_H
#define DANSO_PLATFORM_FORMAT_H

#ifdef _WIN32
#define PLAT_PRINTF(fmt, first) __attribute__((format(gnu_printf, fmt, first)))
#else
#define PLAT_PRINTF(fmt, first) __attribute__((format(printf, fmt, first)))
#endif

#endif
