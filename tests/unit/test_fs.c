/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_fs.c: durable publishing and owner-only creation (platform/fs.h):
 * what is visible under which name and when, the order of the syncs and
 * the rename (seen through tests/unit/fs_spy.h), and the failures. */
#include "config.h"

#include "platform/fs.h"
#include "tests/tap.h"
#include "tests/unit/fs_spy.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static char *dir;

/* dir/name into buf. */
static const char *
in_dir(char *buf, size_t n, const char *name)
{
	snprintf(buf, n, "%s/%s", dir, name);
	return buf;
}

/* Write text into a new file at path. */
static void
put_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	if (fp != NULL) {
		fputs(text, fp);
		fclose(fp);
	}
}

/* The first line of path ("" if it cannot be read). */
static const char *
file_text(const char *path, char *buf, size_t n)
{
	FILE *fp = fopen(path, "r");

	buf[0] = '\0';
	if (fp != NULL) {
		if (fgets(buf, (int)n, fp) == NULL)
			buf[0] = '\0';
		fclose(fp);
	}
	return buf;
}

/* The names in dir, sorted and space-separated, without "." and "..". */
static const char *
listing(char *buf, size_t n)
{
	struct dirent **names;
	int k = scandir(dir, &names, NULL, alphasort);

	buf[0] = '\0';
	for (int i = 0; i < k; i++) {
		if (strcmp(names[i]->d_name, ".") != 0 && strcmp(names[i]->d_name, "..") != 0) {
			if (buf[0] != '\0')
				strncat(buf, " ", n - strlen(buf) - 1);
			strncat(buf, names[i]->d_name, n - strlen(buf) - 1);
		}
		free(names[i]);
	}
	free(k >= 0 ? names : NULL);
	return buf;
}

/* A new file: synced, renamed, folder synced; temp beside it, owner-only. */
static void
test_new_file(void)
{
	char target[512], want[600], buf[512];
	struct stat sb;
	fs_publish p;

	in_dir(target, sizeof target, "new.csv");
	spy_reset();
	ok(fs_publish_begin(&p, target) == 0, "begin");
	snprintf(want, sizeof want, "%s/.new.csv.tmp-%ld", dir, (long)getpid());
	is_str(p.temp, want, "the temporary file is .NAME.tmp-PID in the target's folder");
	memset(&sb, 0, sizeof sb);
	ok(stat(p.temp, &sb) == 0, "the temporary file exists");
	is_int(sb.st_mode & 0777, 0600, "owner-only");
	ok(write(p.fd, "new\n", 4) == 4, "written");
	ok(access(target, F_OK) != 0, "nothing is visible under the final name before the commit");
	is_int(spy_n, 0, "no sync or rename before the commit");
	ok(fs_publish_commit(&p) == 0, "commit");
	is_str(file_text(target, buf, sizeof buf), "new\n", "the target has the content");
	ok(stat(target, &sb) == 0 && (sb.st_mode & 0777) == 0600, "and is owner-only");
	is_str(listing(buf, sizeof buf), "new.csv", "no temporary file is left");
	is_int(spy_n, 3, "one file sync, one rename, one folder sync");
	ok(spy_n == 3 && spy_ops[0].kind == SPY_SYNC_FILE && spy_ops[1].kind == SPY_RENAME &&
	   spy_ops[2].kind == SPY_SYNC_DIR, "in that order");
	ok(spy_durable(target, dir), "the file synced is the one renamed; the folder synced is the target's");
	ok(p.published == 1 && p.fd == -1, "the publish is finished");
	fs_publish_abort(&p);
	ok(access(target, F_OK) == 0, "an abort after the commit leaves the file alone");
	unlink(target);
}

/* An existing target is replaced whole: a reader of the old file keeps it. */
static void
test_replace(void)
{
	char target[512], buf[512];
	struct stat before, after;
	fs_publish p;
	FILE *reader;

	in_dir(target, sizeof target, "data.db");
	put_file(target, "old\n");
	stat(target, &before);
	reader = fopen(target, "r");
	ok(fs_publish_begin(&p, target) == 0 && write(p.fd, "new\n", 4) == 4, "begin over an existing file");
	is_str(file_text(target, buf, sizeof buf), "old\n", "until the commit the target keeps its old content");
	ok(fs_publish_commit(&p) == 0, "commit");
	stat(target, &after);
	is_str(file_text(target, buf, sizeof buf), "new\n", "then it has the new content");
	ok(before.st_ino != after.st_ino, "the name points at a new file (renamed over, not rewritten in place)");
	ok(reader != NULL && fgets(buf, sizeof buf, reader) != NULL && strcmp(buf, "old\n") == 0,
	   "a reader that had the old file open still reads it whole");
	if (reader != NULL)
		fclose(reader);
	is_str(listing(buf, sizeof buf), "data.db", "no temporary file is left");
	unlink(target);
}

/* A writer that creates its output afresh under the temporary name (as a
 * library writing by name may) gets that file synced, not the old one. */
static void
test_writer_replaces(void)
{
	char target[512], other[512], buf[512];
	fs_publish p;

	in_dir(target, sizeof target, "book.xlsx");
	in_dir(other, sizeof other, "elsewhere");
	ok(fs_publish_begin(&p, target) == 0, "begin");
	put_file(other, "afresh\n");
	ok(__real_rename(other, p.temp) == 0, "the writer puts a new file under the temporary name");
	spy_reset();
	ok(fs_publish_commit(&p) == 0, "commit");
	ok(spy_durable(target, dir), "the file synced is the writer's new one, the one renamed");
	is_str(file_text(target, buf, sizeof buf), "afresh\n", "with its content");
	unlink(target);
}

/* Abort and the failures leave no temporary file and the target as it was. */
static void
test_abort_and_failures(void)
{
	char target[512], sub[512], buf[512], name[FS_PATH_MAX + 16];
	fs_publish p;
	int rc;

	in_dir(target, sizeof target, "kept.csv");
	put_file(target, "old\n");
	spy_reset();
	ok(fs_publish_begin(&p, target) == 0 && write(p.fd, "half", 4) == 4, "begin and write");
	fs_publish_abort(&p);
	is_str(listing(buf, sizeof buf), "kept.csv", "abort removes the temporary file");
	is_str(file_text(target, buf, sizeof buf), "old\n", "and the target is untouched");
	is_int(spy_n, 0, "nothing was synced or renamed");
	fs_publish_abort(&p);
	ok(strcmp(listing(buf, sizeof buf), "kept.csv") == 0 && strcmp(file_text(target, buf, sizeof buf), "old\n") == 0,
	   "a second abort changes nothing");

	/* A rename that fails: the target is a folder with something in it. */
	in_dir(sub, sizeof sub, "folder");
	mkdir(sub, 0700);
	in_dir(target, sizeof target, "folder/inside");
	put_file(target, "x");
	in_dir(target, sizeof target, "folder");
	ok(fs_publish_begin(&p, target) == 0, "begin over a folder");
	errno = 0;
	rc = fs_publish_commit(&p);
	ok(rc == -1 && errno != 0 && p.published == 0, "the rename fails (%s), not published", strerror(errno));
	is_str(listing(buf, sizeof buf), "folder kept.csv", "and no temporary file is left");
	in_dir(target, sizeof target, "folder/inside");
	unlink(target);
	rmdir(sub);

	/* The folder sync fails after the rename. */
	in_dir(target, sizeof target, "kept.csv");
	ok(fs_publish_begin(&p, target) == 0 && write(p.fd, "new\n", 4) == 4, "begin again");
	spy_reset();
	spy_fail_dir_sync = EIO;
	errno = 0;
	rc = fs_publish_commit(&p);
	ok(rc == -1 && errno == EIO && p.published == 1, "a folder that cannot be synced is an error (%s), after the rename",
	   strerror(errno));
	is_str(file_text(target, buf, sizeof buf), "new\n", "the target already has the new content");
	ok(fs_publish_begin(&p, target) == 0, "and on a file system that cannot sync folders");
	spy_fail_dir_sync = EINVAL;
	ok(fs_publish_commit(&p) == 0, "the publish succeeds");
	spy_reset();
	unlink(target);

	/* No folder, a too long name, a leftover of our own pid. */
	in_dir(target, sizeof target, "missing/x.csv");
	errno = 0;
	rc = fs_publish_begin(&p, target);
	ok(rc == -1 && errno == ENOENT, "a missing folder: ENOENT (%s)", strerror(errno));
	memset(name, 'a', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	errno = 0;
	ok(fs_publish_begin(&p, name) == -1 && errno == ENAMETOOLONG, "a too long name: ENAMETOOLONG");
	in_dir(target, sizeof target, "again.csv");
	snprintf(name, sizeof name, "%s/.again.csv.tmp-%ld", dir, (long)getpid());
	put_file(name, "stale");
	ok(fs_publish_begin(&p, target) == 0 && write(p.fd, "fresh\n", 6) == 6 && fs_publish_commit(&p) == 0,
	   "a leftover temporary file with our process id is replaced");
	is_str(file_text(target, buf, sizeof buf), "fresh\n", "with the new content");
	is_str(listing(buf, sizeof buf), "again.csv", "and nothing else is left");
	unlink(target);
}

/* A bare name publishes in the current folder, which is synced. */
static void
test_bare_name(void)
{
	char here[FS_PATH_MAX], buf[512];
	fs_publish p;

	if (getcwd(here, sizeof here) == NULL || chdir(dir) != 0) {
		ok(0, "cannot enter %s", dir);
		return;
	}
	spy_reset();
	ok(fs_publish_begin(&p, "bare.txt") == 0 && write(p.fd, "b\n", 2) == 2 && fs_publish_commit(&p) == 0,
	   "a name without a folder is published in the current folder");
	ok(spy_durable("bare.txt", "."), "and \".\" is synced after the rename");
	unlink("bare.txt");
	if (chdir(here) != 0)
		ok(0, "cannot go back to %s", here);
	is_str(listing(buf, sizeof buf), "", "nothing is left");
}

/* The folder part of a path. */
static void
test_folder_of(void)
{
	char buf[64];

	fs_folder_of("/media/usb/danso.csv", buf, sizeof buf);
	is_str(buf, "/media/usb", "the folder of a path");
	fs_folder_of("danso.db", buf, sizeof buf);
	is_str(buf, ".", "a bare name is in \".\"");
	fs_folder_of("/danso.db", buf, sizeof buf);
	is_str(buf, "/", "a name at the root is in \"/\"");
	fs_folder_of("a/b/", buf, sizeof buf);
	is_str(buf, "a/b", "a trailing slash ends the folder");
}

/* Owner-only files and folders. */
static void
test_private(void)
{
	char path[512];
	struct stat sb;

	in_dir(path, sizeof path, "private.db");
	is_int(fs_create_private(path), 0, "a new owner-only file is created");
	ok(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600 && sb.st_size == 0, "empty, mode 0600");
	put_file(path, "content");
	is_int(fs_create_private(path), 1, "an existing file is reported and left as it is");
	ok(stat(path, &sb) == 0 && sb.st_size == 7, "its content is kept");
	errno = 0;
	ok(fs_mkdir_private(path) == -1 && errno == ENOTDIR, "a file where a folder should be: ENOTDIR");
	unlink(path);
	in_dir(path, sizeof path, "private");
	is_int(fs_mkdir_private(path), 0, "a new owner-only folder is created");
	ok(stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) && (sb.st_mode & 0777) == 0700, "mode 0700");
	is_int(fs_mkdir_private(path), 0, "an existing folder is fine");
	rmdir(path);
}

int
main(void)
{
	umask(022);
	dir = tap_tmpdir();
	test_new_file();
	test_replace();
	test_writer_replaces();
	test_abort_and_failures();
	test_bare_name();
	test_private();
	test_folder_of();
	rmdir(dir);
	free(dir);
	return tap_done();
}
