/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* fs.c: durable publishing and owner-only creation (see fs.h), on top of
 * the calls of platform.h that differ between POSIX and Windows. */
#include "config.h"

#include "platform/fs.h"
#include "platform/platform.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void
fs_folder_of(const char *path, char *dir, size_t n)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(dir, n, ".");
	else if (slash == path)
		snprintf(dir, n, "/");
	else
		snprintf(dir, n, "%.*s", (int)(slash - path), path);
}

/* Create the temporary file of p exclusively; the fd or -1. */
static int
create_temp(const char *temp)
{
	return plat_create_private(temp);
}

int
fs_publish_begin(fs_publish *p, const char *target)
{
	const char *slash = strrchr(target, '/');
	int dir_len = slash != NULL ? (int)(slash - target) + 1 : 0;
	int n;

	p->fd = -1;
	p->published = 0;
	p->temp[0] = '\0';
	n = snprintf(p->target, sizeof p->target, "%s", target);
	if (n < 0 || (size_t)n >= sizeof p->target || target[0] == '\0' || target[n - 1] == '/') {
		errno = n > 0 && (size_t)n >= sizeof p->target ? ENAMETOOLONG : EINVAL;
		return -1;
	}
	n = snprintf(p->temp, sizeof p->temp, "%.*s.%s.tmp-%ld", dir_len, target, target + dir_len, plat_pid());
	if (n < 0 || (size_t)n >= sizeof p->temp) {
		p->temp[0] = '\0';
		errno = ENAMETOOLONG;
		return -1;
	}
	p->fd = create_temp(p->temp);
	if (p->fd < 0 && errno == EEXIST && plat_unlink(p->temp) == 0)
		p->fd = create_temp(p->temp);
	if (p->fd < 0) {
		p->temp[0] = '\0';
		return -1;
	}
	return 0;
}

/* Sync the temporary file through fd, or through its name when the writer
 * put a new file there (a library that creates its output afresh). */
static int
sync_temp(const fs_publish *p, int fd)
{
	int rc, saved;

	if (plat_same_file(fd, p->temp))
		return plat_fsync(fd);
	if ((fd = plat_open_for_sync(p->temp)) < 0)
		return -1;
	rc = plat_fsync(fd);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

int
fs_publish_commit(fs_publish *p)
{
	char dir[FS_PATH_MAX];
	int fd = p->fd, saved;

	p->fd = -1;
	if (sync_temp(p, fd) != 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) != 0) {
		saved = errno;
		goto fail;
	}
	if (plat_rename_over(p->temp, p->target) != 0) {
		saved = errno;
		goto fail;
	}
	p->published = 1;
	p->temp[0] = '\0';
	fs_folder_of(p->target, dir, sizeof dir);
	return fs_sync_dir(dir);
fail:
	plat_unlink(p->temp);
	p->temp[0] = '\0';
	errno = saved;
	return -1;
}

void
fs_publish_abort(fs_publish *p)
{
	int saved = errno;

	if (p->fd >= 0)
		close(p->fd);
	p->fd = -1;
	if (p->temp[0] != '\0')
		plat_unlink(p->temp);
	p->temp[0] = '\0';
	errno = saved;
}

int
fs_sync_dir(const char *dir)
{
	return plat_sync_dir(dir);
}

int
fs_create_private(const char *path)
{
	int fd = plat_create_private(path);

	if (fd < 0)
		return errno == EEXIST ? 1 : -1;
	return close(fd) == 0 ? 0 : -1;
}

int
fs_mkdir_private(const char *path)
{
	if (plat_mkdir_private(path) == 0)
		return 0;
	if (errno == EEXIST)
		errno = ENOTDIR;
	return -1;
}
