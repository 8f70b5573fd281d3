/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * fs_spy.h: for tests linked with -Wl,--wrap=fsync -Wl,--wrap=rename. Every
 * fsync and rename of the code under test passes through here first and
 * is written down (what, which file by device and inode, the new name), so
 * a test can check that a file was synced before it took its name and its
 * folder after. spy_fail_dir_sync makes the next folder syncs fail.
 */
#ifndef DANSO_TEST_FS_SPY_H
#define DANSO_TEST_FS_SPY_H

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

enum spy_kind { SPY_SYNC_FILE, SPY_SYNC_DIR, SPY_RENAME };

struct spy_op {
	enum spy_kind kind;
	dev_t dev;
	ino_t ino;              /* the file synced, or the file renamed */
	char to[512];           /* the new name of a rename */
};

#define SPY_MAX 256
static struct spy_op spy_ops[SPY_MAX];
static int spy_n;
static int spy_fail_dir_sync;   /* errno for folder syncs, 0 to let them through */

int __real_fsync(int fd);
int __wrap_fsync(int fd);
int __real_rename(const char *from, const char *to);
int __wrap_rename(const char *from, const char *to);

/* The recording fsync. */
int
__wrap_fsync(int fd)
{
	struct stat sb;
	int is_dir = fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode);

	if (spy_n < SPY_MAX && fstat(fd, &sb) == 0) {
		spy_ops[spy_n].kind = is_dir ? SPY_SYNC_DIR : SPY_SYNC_FILE;
		spy_ops[spy_n].dev = sb.st_dev;
		spy_ops[spy_n].ino = sb.st_ino;
		spy_ops[spy_n].to[0] = '\0';
		spy_n++;
	}
	if (is_dir && spy_fail_dir_sync != 0) {
		errno = spy_fail_dir_sync;
		return -1;
	}
	return __real_fsync(fd);
}

/* The recording rename. */
int
__wrap_rename(const char *from, const char *to)
{
	struct stat sb;

	if (spy_n < SPY_MAX && stat(from, &sb) == 0) {
		spy_ops[spy_n].kind = SPY_RENAME;
		spy_ops[spy_n].dev = sb.st_dev;
		spy_ops[spy_n].ino = sb.st_ino;
		snprintf(spy_ops[spy_n].to, sizeof spy_ops[spy_n].to, "%s", to);
		spy_n++;
	}
	return __real_rename(from, to);
}

/* Forget what was recorded. */
static inline void
spy_reset(void)
{
	spy_n = 0;
	spy_fail_dir_sync = 0;
}

/* 1 if, in what was recorded, a file was renamed to target after being
 * synced, and the folder dir was synced after the rename. */
static inline int
spy_durable(const char *target, const char *dir)
{
	struct stat d;
	int renamed = -1, synced_before = 0;

	if (stat(dir, &d) != 0)
		return 0;
	for (int i = 0; i < spy_n; i++)
		if (spy_ops[i].kind == SPY_RENAME && strcmp(spy_ops[i].to, target) == 0)
			renamed = i;
	if (renamed < 0)
		return 0;
	for (int i = 0; i < renamed; i++)
		synced_before |= spy_ops[i].kind == SPY_SYNC_FILE && spy_ops[i].dev == spy_ops[renamed].dev &&
		                 spy_ops[i].ino == spy_ops[renamed].ino;
	for (int i = renamed + 1; i < spy_n; i++)
		if (synced_before && spy_ops[i].kind == SPY_SYNC_DIR && spy_ops[i].dev == d.st_dev &&
		    spy_ops[i].ino == d.st_ino)
			return 1;
	return 0;
}

#endif
