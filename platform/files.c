/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* files.c: files and folders by UTF-8 path, durable replace, owner-only
 * files (see platform.h). */
#include "config.h"

#include "platform/platform.h"
#include "platform/win32.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32

#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <wchar.h>

/* The attributes of path into st; links_too: a reparse point (symbolic
 * link, junction) counts as neither folder nor file. */
static int
win_stat(const char *path, plat_stat_t *st, int links_too)
{
	WIN32_FILE_ATTRIBUTE_DATA fa;
	wchar_t *w = win_wide(path);
	BOOL ok;

	if (w == NULL)
		return -1;
	ok = GetFileAttributesExW(w, GetFileExInfoStandard, &fa);
	free(w);
	if (!ok)
		return win_fail();
	memset(st, 0, sizeof *st);
	st->is_dir = (fa.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
	st->is_reg = !st->is_dir && (fa.dwFileAttributes & FILE_ATTRIBUTE_DEVICE) == 0;
	st->size = (long long)(((unsigned long long)fa.nFileSizeHigh << 32) | fa.nFileSizeLow);
	/* FILETIME: 100 ns steps since 1601 */
	st->mtime_ns = (long long)((((unsigned long long)fa.ftLastWriteTime.dwHighDateTime << 32) |
	                            fa.ftLastWriteTime.dwLowDateTime) - 116444736000000000ULL) * 100;
	if (links_too && (fa.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
		st->is_dir = st->is_reg = 0;
	return 0;
}

int
plat_stat(const char *path, plat_stat_t *st)
{
	return win_stat(path, st, 0);
}

int
plat_lstat(const char *path, plat_stat_t *st)
{
	return win_stat(path, st, 1);
}

FILE *
plat_fopen(const char *path, const char *mode)
{
	wchar_t wmode[8];
	size_t i;
	wchar_t *w;
	FILE *fp;

	/* "e" (close-on-exec) has no meaning here: handles are not inherited
	 * by default; "N" says so to the C runtime. */
	for (i = 0; mode[i] != '\0' && i + 2 < ARRAY_N(wmode); i++)
		wmode[i] = mode[i] == 'e' ? L'N' : (wchar_t)mode[i];
	wmode[i] = L'\0';
	if ((w = win_wide(path)) == NULL)
		return NULL;
	fp = _wfopen(w, wmode);
	free(w);
	return fp;
}

/* A descriptor for a new file created with the owner-only security. */
int
plat_create_private(const char *path)
{
	SECURITY_ATTRIBUTES sa;
	wchar_t *w = win_wide(path);
	HANDLE h;
	int fd;

	if (w == NULL)
		return -1;
	if (win_private_security(&sa) != 0) {
		free(w);
		return -1;
	}
	h = CreateFileW(w, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
	                &sa, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
	win_free_security(&sa);
	free(w);
	if (h == INVALID_HANDLE_VALUE)
		return win_fail();
	fd = _open_osfhandle((intptr_t)h, _O_BINARY);
	if (fd < 0)
		CloseHandle(h);
	return fd;
}

int
plat_open_for_sync(const char *path)
{
	wchar_t *w = win_wide(path);
	int fd;

	if (w == NULL)
		return -1;
	fd = _wopen(w, _O_WRONLY | _O_BINARY | _O_NOINHERIT);
	free(w);
	return fd;
}

int
plat_same_file(int fd, const char *path)
{
	BY_HANDLE_FILE_INFORMATION a, b;
	HANDLE h = (HANDLE)_get_osfhandle(fd), other;
	wchar_t *w = win_wide(path);
	int same = 0;

	if (w == NULL || h == INVALID_HANDLE_VALUE) {
		free(w);
		return 0;
	}
	other = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
	                    FILE_ATTRIBUTE_NORMAL, NULL);
	free(w);
	if (other == INVALID_HANDLE_VALUE)
		return 0;
	if (GetFileInformationByHandle(h, &a) && GetFileInformationByHandle(other, &b))
		same = a.dwVolumeSerialNumber == b.dwVolumeSerialNumber && a.nFileIndexHigh == b.nFileIndexHigh &&
		       a.nFileIndexLow == b.nFileIndexLow;
	CloseHandle(other);
	return same;
}

int
plat_mkdir_private(const char *path)
{
	SECURITY_ATTRIBUTES sa;
	plat_stat_t st;
	wchar_t *w = win_wide(path);
	BOOL ok;
	DWORD e;

	if (w == NULL)
		return -1;
	if (win_private_security(&sa) != 0) {
		free(w);
		return -1;
	}
	ok = CreateDirectoryW(w, &sa);
	e = GetLastError();
	win_free_security(&sa);
	free(w);
	if (ok)
		return 0;
	/* "C:" or an existing folder: fine when it is a folder. */
	if (plat_stat(path, &st) == 0 && st.is_dir)
		return 0;
	SetLastError(e);
	return win_fail();
}

int
plat_make_private(const char *path)
{
	return win_set_private(path);
}

int
plat_mkdir(const char *path)
{
	wchar_t *w = win_wide(path);
	BOOL ok;

	if (w == NULL)
		return -1;
	ok = CreateDirectoryW(w, NULL);
	free(w);
	return ok ? 0 : win_fail();
}

int
plat_readable_by_others(const char *path)
{
	(void)path;
	return 0;
}

int
plat_unlink(const char *path)
{
	wchar_t *w = win_wide(path);
	BOOL ok;

	if (w == NULL)
		return -1;
	ok = DeleteFileW(w);
	free(w);
	return ok ? 0 : win_fail();
}

int
plat_writable(const char *path)
{
	plat_stat_t st;
	wchar_t *w;
	HANDLE h;
	DWORD e;

	if (plat_stat(path, &st) != 0)
		return 0;
	if (st.is_dir) {
		/* A folder: create and drop a file in it. */
		size_t n = strlen(path);
		char *probe = malloc(n + 40);
		if (probe == NULL)
			return 0;
		snprintf(probe, n + 40, "%s/.danso-probe-%lu", path, (unsigned long)GetCurrentProcessId());
		w = win_wide(probe);
		free(probe);
		if (w == NULL)
			return 0;
		h = CreateFileW(w, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE,
		                NULL);
		free(w);
		if (h == INVALID_HANDLE_VALUE)
			return GetLastError() == ERROR_FILE_EXISTS;
		CloseHandle(h);
		return 1;
	}
	if ((w = win_wide(path)) == NULL)
		return 0;
	h = CreateFileW(w, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
	                FILE_ATTRIBUTE_NORMAL, NULL);
	e = GetLastError();
	free(w);
	if (h == INVALID_HANDLE_VALUE)
		return e == ERROR_SHARING_VIOLATION;   /* open elsewhere, not read-only */
	CloseHandle(h);
	return 1;
}

int
plat_fsync(int fd)
{
	HANDLE h = (HANDLE)_get_osfhandle(fd);

	if (h == INVALID_HANDLE_VALUE) {
		errno = EBADF;
		return -1;
	}
	return FlushFileBuffers(h) ? 0 : win_fail();
}

int
plat_sync_dir(const char *dir)
{
	/* NTFS journals its metadata, and plat_rename_over writes the rename
	 * through (MOVEFILE_WRITE_THROUGH); a folder cannot be flushed. */
	(void)dir;
	return 0;
}

int
plat_rename_over(const char *from, const char *to)
{
	wchar_t *wf = win_wide(from), *wt = win_wide(to);
	BOOL ok = FALSE;

	if (wf != NULL && wt != NULL)
		ok = MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
	else
		SetLastError(ERROR_NO_UNICODE_TRANSLATION);
	free(wf);
	free(wt);
	return ok ? 0 : win_fail();
}

int
plat_link(const char *existing, const char *new_name)
{
	wchar_t *we = win_wide(existing), *wn = win_wide(new_name);
	BOOL ok = FALSE;

	if (we != NULL && wn != NULL) {
		ok = CreateHardLinkW(wn, we, NULL);
		/* FAT and exFAT (USB sticks) have no hard links: a copy keeps the
		 * file just as well, only slower. */
		if (!ok && (GetLastError() == ERROR_INVALID_FUNCTION || GetLastError() == ERROR_NOT_SUPPORTED))
			ok = CopyFileW(we, wn, TRUE);
	} else {
		SetLastError(ERROR_NO_UNICODE_TRANSLATION);
	}
	free(we);
	free(wn);
	return ok ? 0 : win_fail();
}

struct plat_dir {
	HANDLE h;
	WIN32_FIND_DATAW fd;
	int first;
	char *name;
};

plat_dir *
plat_opendir(const char *path)
{
	size_t n = strlen(path);
	char *pattern = malloc(n + 3);
	wchar_t *w;
	plat_dir *d;

	if (pattern == NULL)
		return NULL;
	memcpy(pattern, path, n);
	if (n > 0 && path[n - 1] != '/' && path[n - 1] != '\\')
		pattern[n++] = '/';
	memcpy(pattern + n, "*", 2);
	w = win_wide(pattern);
	free(pattern);
	if (w == NULL || (d = calloc(1, sizeof *d)) == NULL) {
		free(w);
		return NULL;
	}
	d->h = FindFirstFileW(w, &d->fd);
	free(w);
	if (d->h == INVALID_HANDLE_VALUE) {
		win_fail();
		free(d);
		return NULL;
	}
	d->first = 1;
	return d;
}

const char *
plat_readdir(plat_dir *d)
{
	if (!d->first && !FindNextFileW(d->h, &d->fd))
		return NULL;
	d->first = 0;
	free(d->name);
	d->name = win_utf8(d->fd.cFileName);
	return d->name != NULL ? d->name : "?";
}

void
plat_closedir(plat_dir *d)
{
	if (d == NULL)
		return;
	FindClose(d->h);
	free(d->name);
	free(d);
}

#else /* POSIX */

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* Fill st from sb. */
static void
from_stat(const struct stat *sb, plat_stat_t *st)
{
	memset(st, 0, sizeof *st);
	st->is_dir = S_ISDIR(sb->st_mode);
	st->is_reg = S_ISREG(sb->st_mode);
	st->size = (long long)sb->st_size;
	st->mtime_ns = (long long)sb->st_mtim.tv_sec * 1000000000LL + sb->st_mtim.tv_nsec;
	st->file_id = (unsigned long long)sb->st_ino;
}

int
plat_stat(const char *path, plat_stat_t *st)
{
	struct stat sb;

	if (stat(path, &sb) != 0)
		return -1;
	from_stat(&sb, st);
	return 0;
}

int
plat_lstat(const char *path, plat_stat_t *st)
{
	struct stat sb;

	if (lstat(path, &sb) != 0)
		return -1;
	from_stat(&sb, st);
	return 0;
}

FILE *
plat_fopen(const char *path, const char *mode)
{
	return fopen(path, mode);
}

int
plat_create_private(const char *path)
{
	return open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
}

int
plat_open_for_sync(const char *path)
{
	return open(path, O_RDONLY | O_CLOEXEC);
}

int
plat_same_file(int fd, const char *path)
{
	struct stat mine, named;

	return fstat(fd, &mine) == 0 && stat(path, &named) == 0 && mine.st_dev == named.st_dev &&
	       mine.st_ino == named.st_ino;
}

int
plat_mkdir_private(const char *path)
{
	struct stat sb;

	if (mkdir(path, 0700) == 0)
		return 0;
	if (errno == EEXIST && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return 0;
	return -1;
}

int
plat_make_private(const char *path)
{
	return chmod(path, 0600);
}

int
plat_mkdir(const char *path)
{
	return mkdir(path, 0777);
}

int
plat_readable_by_others(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && (sb.st_mode & 077) != 0;
}

int
plat_unlink(const char *path)
{
	return unlink(path);
}

int
plat_writable(const char *path)
{
	return access(path, W_OK) == 0;
}

int
plat_fsync(int fd)
{
	return fsync(fd);
}

int
plat_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc, saved;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	saved = errno;
	close(fd);
	if (rc != 0 && (saved == EINVAL || saved == ENOTSUP))   /* this file system cannot sync a folder */
		return 0;
	errno = saved;
	return rc;
}

int
plat_rename_over(const char *from, const char *to)
{
	return rename(from, to);
}

int
plat_link(const char *existing, const char *new_name)
{
	return link(existing, new_name);
}

struct plat_dir {
	DIR *dh;
};

plat_dir *
plat_opendir(const char *path)
{
	plat_dir *d;
	DIR *dh = opendir(path);

	if (dh == NULL)
		return NULL;
	if ((d = malloc(sizeof *d)) == NULL) {
		closedir(dh);
		return NULL;
	}
	d->dh = dh;
	return d;
}

const char *
plat_readdir(plat_dir *d)
{
	struct dirent *de = readdir(d->dh);

	return de != NULL ? de->d_name : NULL;
}

void
plat_closedir(plat_dir *d)
{
	if (d == NULL)
		return;
	closedir(d->dh);
	free(d);
}

#endif
