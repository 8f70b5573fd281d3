/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* media.c (app): mounted media and export folders (see media.h). */
#include "config.h"

#include "app/media.h"
#include "domain/i18n.h"
#include "domain/seams.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Append the folders inside base to out (n so far, at most max). */
static size_t
media_scan(const char *base, char out[][MEDIA_PATH_LEN], size_t n, size_t max)
{
	DIR *dir = opendir(base);
	struct dirent *de;

	if (dir == NULL)
		return n;
	while (n < max && (de = readdir(dir)) != NULL) {
		char path[MEDIA_PATH_LEN];
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		str_printf(path, sizeof path, "%s/%s", base, de->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			str_copy(out[n++], MEDIA_PATH_LEN, path);
	}
	closedir(dir);
	return n;
}

/* The mounted media found: the folders inside the platform's mount
 * parents (/media/USER, /run/media/USER) and /mnt, or on Windows the
 * removable drives themselves ("E:/"); a test names its own parents. */
size_t
media_list(char out[][MEDIA_PATH_LEN], size_t max)
{
	const char *roots = seam_media_roots();
	char list[3 * MEDIA_PATH_LEN], *save = NULL, *found[8];
	int nfound, parents = 1;
	size_t n = 0;

	if (roots != NULL) {
		str_copy(list, sizeof list, roots);
		for (char *base = strtok_r(list, ":", &save); base != NULL && n < max; base = strtok_r(NULL, ":", &save))
			n = media_scan(base, out, n, max);
		return n;
	}
	nfound = plat_removable_roots(found, 8, &parents);
	for (int i = 0; i < nfound; i++) {
		if (parents)
			n = media_scan(found[i], out, n, max);
		else if (n < max)
			str_copy(out[n++], MEDIA_PATH_LEN, found[i]);
		free(found[i]);
	}
	return parents ? media_scan("/mnt", out, n, max) : n;
}

/* Set err to why path cannot be used (errno e). */
static int
media_refuse(const char *path, int e, ds_err *err)
{
	if (e == EACCES || e == EPERM)
		ds_err_set(err, L("Không được phép ghi vào thư mục %s: chọn thư mục khác hoặc USB.",
		                  "Not allowed to write into the folder %s: choose another folder or a USB stick."), path);
	else if (e == EROFS)
		ds_err_set(err, L("Thư mục %s chỉ đọc được (USB bị khoá ghi?): chọn nơi khác.",
		                  "The folder %s is read-only (a write-protected stick?): choose another place."), path);
	else if (e == ENOTDIR)
		ds_err_set(err, L("%s không phải là thư mục: gõ đường dẫn một thư mục.",
		                  "%s is not a folder: type the path of a folder."), path);
	else if (e == ENOSPC)
		ds_err_set(err, L("Thư mục %s đã hết chỗ trống.", "The folder %s has no space left."), path);
	else
		ds_err_set(err, L("Không dùng được thư mục %s.", "The folder %s cannot be used."), path);
	ds_err_at(err, NULL, 0, 0, "out_dir");
	return -1;
}

/* The nearest existing folder above path into out; 0 found. */
static int
media_parent(const char *path, char *out, size_t n)
{
	struct stat st;

	str_copy(out, n, path);
	for (;;) {
		char *slash = strrchr(out, '/');
		if (slash == NULL)
			return -1;
		if (slash == out)
			slash[1] = '\0';
		else
			*slash = '\0';
		if (stat(out, &st) == 0)
			return S_ISDIR(st.st_mode) ? 0 : -1;
		if (strcmp(out, "/") == 0)
			return -1;
	}
}

/* What a folder typed for an export is. */
int
media_dir_state(const char *path, ds_err *err)
{
	struct stat st;
	char parent[MEDIA_PATH_LEN];

	if (str_empty(path)) {
		ds_err_set(err, L("Chưa gõ thư mục.", "No folder typed."));
		ds_err_at(err, NULL, 0, 0, "out_dir");
		return -1;
	}
	if (stat(path, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			return media_refuse(path, ENOTDIR, err);
		if (access(path, W_OK) != 0)
			return media_refuse(path, errno, err);
		return 0;
	}
	if (errno != ENOENT)
		return media_refuse(path, errno, err);
	if (media_parent(path, parent, sizeof parent) != 0)
		return media_refuse(path, ENOTDIR, err);
	if (access(parent, W_OK) != 0)
		return media_refuse(parent, errno, err);
	return 1;
}

/* Make path and the folders above it. */
int
media_make_dir(const char *path, ds_err *err)
{
	char buf[MEDIA_PATH_LEN];

	str_copy(buf, sizeof buf, path);
	for (char *p = buf + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (plat_mkdir(buf) != 0 && errno != EEXIST)
			return media_refuse(buf, errno, err);
		*p = '/';
	}
	if (plat_mkdir(buf) != 0 && errno != EEXIST)
		return media_refuse(buf, errno, err);
	return 0;
}
