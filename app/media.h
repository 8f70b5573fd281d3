/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * media.h (app): where an export package can go. The removable drives and
 * other media mounted for the user (a USB stick), found without curses so
 * any front end can offer them, and the state of a folder typed by hand in
 * words a collaborator understands (in Vietnamese, never a bare strerror).
 *
 * The places looked in are /media/$USER/<each>, /run/media/$USER/<each>
 * and /mnt/<each> (Linux desktops mount removable media there), in that
 * order; the test program replaces them by DANSO_MEDIA_ROOTS (a link seam,
 * domain/seams.h: the installed danso ignores it).
 */
#ifndef DANSO_APP_MEDIA_H
#define DANSO_APP_MEDIA_H

#include "domain/error.h"

#include <stddef.h>

#define MEDIA_MAX 16
#define MEDIA_PATH_LEN 1024

/* The mounted media found, at most max, into out; returns how many. */
size_t media_list(char out[][MEDIA_PATH_LEN], size_t max);

/* What a folder typed for an export is: 0 an existing folder that can be
 * written, 1 missing but it can be made (its parent exists or can be
 * made), -1 not usable, with err saying why in the interface language
 * (field "out_dir"). */
int media_dir_state(const char *path, ds_err *err);

/* Make the folder path and the missing folders above it; 0 ok, -1 with
 * err saying why. */
int media_make_dir(const char *path, ds_err *err);

#endif
