/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * fs.h: files on disk, written so that a power cut or a pulled USB stick
 * never leaves half a file. platform/ is the bottom layer: plain C and
 * POSIX, no other danso header, and the one place where an operating
 * system's differences belong.
 *
 * Publishing a file (an export, a backup, a restored database):
 *
 *     fs_publish p;
 *
 *     if (fs_publish_begin(&p, "/media/usb/danso.csv") != 0)
 *             ... errno says why; nothing was created
 *     ... write the content into p.fd, or open the file named p.temp
 *     ... (SQLite, libxlsxwriter) and close it again
 *     if (fs_publish_commit(&p) != 0)
 *             ... errno says why
 *
 * begin creates the temporary file "DIR/.NAME.tmp-PID" beside the target
 * (same folder, so same file system), owner-only (0600: the files hold
 * personal data). commit syncs it to the disk, closes it, renames it over
 * the target and syncs the folder, so the target holds either its old
 * content or the whole new one, never a part, and once commit returns 0 the
 * new one survives a power cut; if the writer put a new file under p.temp
 * (a library that creates its output afresh), that one is synced. The
 * content is never visible under the final name before commit. abort
 * closes and removes the temporary file; it is harmless after a commit, so
 * an error path may always call it.
 *
 * Close every other handle on p.temp before commit or abort (closing a
 * descriptor drops the process's POSIX locks on the file, SQLite's
 * included).
 *
 * Every function returns 0 (or the value documented), -1 with errno set;
 * the caller words the message for the user.
 */
#ifndef DANSO_PLATFORM_FS_H
#define DANSO_PLATFORM_FS_H

#include <stddef.h>

#define FS_PATH_MAX 4096

typedef struct fs_publish {
	int fd;                    /* the temporary file, open for writing; -1 once closed */
	int published;             /* 1 once the rename has put the new file in place */
	char target[FS_PATH_MAX];  /* the final name */
	char temp[FS_PATH_MAX];    /* the temporary file beside it; "" when finished */
} fs_publish;

/* Start publishing target: create the temporary file (a leftover of the
 * same name, from a process that had our id and is gone, is replaced).
 * -1 with errno (ENAMETOOLONG for a too long path) and p unusable. */
int fs_publish_begin(fs_publish *p, const char *target);

/* Sync, close, rename over the target, sync the folder. On -1 before the
 * rename (p->published 0) the target is untouched and the temporary file
 * removed; on -1 after it (p->published 1, only when the folder cannot be
 * synced) the target already holds the new file but a power cut may still
 * undo the rename. A file system that cannot sync folders at all (EINVAL,
 * ENOTSUP) is not an error. */
int fs_publish_commit(fs_publish *p);

/* Give up: close and remove the temporary file. Does nothing after a
 * commit or a second abort. */
void fs_publish_abort(fs_publish *p);

/* The folder of path into dir (size n): "." for a bare name, "/" for a
 * name at the root. */
void fs_folder_of(const char *path, char *dir, size_t n);

/* Sync the folder dir, so that names created, renamed or removed in it
 * survive a power cut (EINVAL and ENOTSUP count as done, as above). */
int fs_sync_dir(const char *dir);

/* Create path as an empty owner-only (0600) file: 0 created, 1 it was
 * already there (left as it is), -1 with errno. */
int fs_create_private(const char *path);

/* Create the folder path owner-only (0700): 0 created or already there,
 * -1 with errno. */
int fs_mkdir_private(const char *path);

#endif
