/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* csvwrite.c: RFC 4180 writer with atomic publish (see csvwrite.h). */
#include "config.h"

#include "exchange/csvwrite.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "domain/vntext.h"
#include "platform/fs.h"

#include <csv.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct csvw {
	FILE *fp;         /* on a copy of pub->fd, or the caller's stream */
	int options;
	fs_publish *pub;  /* the temporary file published on commit; NULL for a stream */
	char *path;       /* dir/name, or the stream's name */
	long rows;
};

/* Fill err with a write failure on path, explaining the usual causes. */
static int
io_error(ds_err *err, const char *path, int code)
{
	const char *why;

	switch (code) {
	case ENOSPC:
	case EDQUOT:
		why = L("ổ đĩa đã đầy", "the disk is full");
		break;
	case EIO:
		why = L("lỗi vào/ra: thiết bị có thể đã bị rút ra", "input/output error: the device may have been unplugged");
		break;
	case ENOENT:
	case ENODEV:
	case ENXIO:
		why = L("thư mục không còn: thiết bị có thể đã bị rút ra", "the folder is gone: the device may have been unplugged");
		break;
	case EROFS:
		why = L("thiết bị chỉ cho đọc", "the device is read-only");
		break;
	case EACCES:
	case EPERM:
		why = L("không có quyền ghi vào thư mục này", "no permission to write in this folder");
		break;
	default:
		why = strerror(code);
		break;
	}
	ds_err_set(err, L("không ghi được tệp %s: %s", "cannot write the file %s: %s"), path, why);
	ds_err_at(err, path, 0, 0, NULL);
	return -1;
}

/* A writer to a temporary file renamed into place on commit. */
csvw *
csvw_open(const char *dir, const char *name, int options, ds_err *err)
{
	csvw *w = xcalloc(1, sizeof *w);
	int fd;

	w->options = options;
	w->path = xasprintf("%s/%s", dir, name);
	w->pub = xmalloc(sizeof *w->pub);
	if (fs_publish_begin(w->pub, w->path) != 0) {
		io_error(err, w->path, errno);
		free(w->pub);
		w->pub = NULL;
		csvw_abort(&w);
		return NULL;
	}
	/* the stream writes through a copy of the descriptor, so closing it
	 * leaves the publish its own to sync */
	fd = dup(w->pub->fd);
	if (fd < 0 || (w->fp = fdopen(fd, "wb")) == NULL) {
		io_error(err, w->path, errno);
		if (fd >= 0)
			close(fd);
		csvw_abort(&w);
		return NULL;
	}
	if ((options & CSVW_EXCEL) && fwrite("\xEF\xBB\xBF", 1, 3, w->fp) != 3) {
		io_error(err, w->path, errno);
		csvw_abort(&w);
		return NULL;
	}
	return w;
}

/* A writer on an open stream such as stdout. */
csvw *
csvw_open_stream(FILE *fp, const char *name, int options)
{
	csvw *w = xcalloc(1, sizeof *w);

	w->fp = fp;
	w->options = options;
	w->path = xstrdup(name);
	if (options & CSVW_EXCEL)
		fwrite("\xEF\xBB\xBF", 1, 3, fp);   /* an error shows at the flush in commit */
	return w;
}

/* Whether a cell is a plain decimal number. */
int
csvw_is_number(const char *s)
{
	size_t digits = 0;

	if (*s == '-' || *s == '+')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.' && digits > 0) {
		if (s[1] < '0' || s[1] > '9')
			return 0;
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	}
	return digits > 0 && *s == '\0';
}

/* 1 if a spreadsheet would take the cell for a formula. */
static int
looks_like_formula(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL && !csvw_is_number(s);
}

/* 1 if s is digits only and a spreadsheet would lose some of them as a
 * number: a leading zero, or more digits than a double keeps. */
static int
is_fragile_code(const char *s)
{
	size_t n = strspn(s, "0123456789");

	return n >= 2 && s[n] == '\0' && (s[0] == '0' || n > 15);
}

/* The cell as it was before excel mode changed it (csvwrite.h). */
const char *
csvw_excel_plain(char *s)
{
	size_t n = strlen(s);

	if (s[0] == '\'' && s[1] != '\0' && strchr("=+-@\t\r", s[1]) != NULL)
		return s + 1;
	if (n >= 5 && s[0] == '=' && s[1] == '"' && s[n - 1] == '"') {
		s[n - 1] = '\0';
		if (is_fragile_code(s + 2))
			return s + 2;
		s[n - 1] = '"';
	}
	return s;
}

/* 1 if s is plain ASCII: valid UTF-8 and already NFC. */
static int
is_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Write one field: NFC, neutralised in excel mode, quoted when needed.
 * Plain ASCII (codes, dates, numbers: most fields) is written as it is. */
static int
write_field(csvw *w, const char *field, ds_err *err)
{
	const char *text = field != NULL ? field : "";
	char *owned = NULL;
	int rc = 0;

	if (!is_ascii(text)) {
		owned = vn_nfc_dup(text);
		if (owned == NULL) {
			ds_err_set(err, L("dữ liệu không phải UTF-8 hợp lệ, không ghi được vào %s", "data is not valid UTF-8; cannot write it to %s"),
				   w->path);
			ds_err_at(err, w->path, w->rows + 1, 0, NULL);
			return -1;
		}
		text = owned;
	}
	if ((w->options & CSVW_EXCEL) && looks_like_formula(text)) {
		char *safe = xasprintf("'%s", text);

		free(owned);
		owned = safe;
		text = safe;
	} else if ((w->options & CSVW_EXCEL_CODES) && is_fragile_code(text)) {
		char *as_text = xasprintf("=\"%s\"", text);

		free(owned);
		owned = as_text;
		text = as_text;
	}
	if (strpbrk(text, ",\"\r\n") != NULL)
		rc = csv_fwrite(w->fp, text, strlen(text));
	else if (text[0] != '\0')
		rc = fputs(text, w->fp) == EOF ? EOF : 0;
	free(owned);
	return rc == 0 ? 0 : io_error(err, w->path, errno);
}

/* Write one record. */
int
csvw_row(csvw *w, const char *const *fields, size_t n, ds_err *err)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && fputc(',', w->fp) == EOF)
			return io_error(err, w->path, errno);
		if (write_field(w, fields[i], err) != 0)
			return -1;
	}
	if (fputs((w->options & CSVW_LF) ? "\n" : "\r\n", w->fp) == EOF)
		return io_error(err, w->path, errno);
	w->rows++;
	return 0;
}

/* Write bytes as they are (a whole file of another format). */
int
csvw_raw(csvw *w, const void *buf, size_t len, ds_err *err)
{
	if (len > 0 && fwrite(buf, 1, len, w->fp) != len)
		return io_error(err, w->path, errno);
	return 0;
}

/* Write one record given as a NULL-ended list. */
int
csvw_rowl(csvw *w, ds_err *err, ...)
{
	const char *fields[256];
	size_t n = 0;
	const char *s;
	va_list ap;

	va_start(ap, err);
	while ((s = va_arg(ap, const char *)) != NULL) {
		if (n == ARRAY_LEN(fields))
			fatal("csvw_rowl: more than %zu fields", ARRAY_LEN(fields));
		fields[n++] = s;
	}
	va_end(ap);
	return csvw_row(w, fields, n, err);
}

/* The number of records written so far. */
long
csvw_rows(const csvw *w)
{
	return w->rows;
}

/* The writer's final path. */
const char *
csvw_path(const csvw *w)
{
	return w->path;
}

/* Free the writer's memory (the file is handled by the caller). */
static void
writer_free(csvw **wp)
{
	free((*wp)->pub);
	free((*wp)->path);
	free(*wp);
	*wp = NULL;
}

/* Flush, sync and put the file in place; frees the writer. */
int
csvw_commit(csvw **wp, ds_err *err)
{
	csvw *w = *wp;
	int code = 0;

	if (w->pub == NULL) {
		int rc = fflush(w->fp) == 0 && !ferror(w->fp) ? 0 : io_error(err, w->path, errno);

		writer_free(wp);
		return rc;
	}
	errno = 0;
	if (fflush(w->fp) != 0 || ferror(w->fp))
		code = errno != 0 ? errno : EIO;
	if (fclose(w->fp) != 0 && code == 0)
		code = errno;
	w->fp = NULL;
	if (code == 0 && fs_publish_commit(w->pub) != 0)
		code = errno;
	if (code != 0) {
		io_error(err, w->path, code);
		csvw_abort(wp);
		return -1;
	}
	writer_free(wp);
	return 0;
}

/* Give up: remove the temporary file and free the writer. */
void
csvw_abort(csvw **wp)
{
	csvw *w;

	if (wp == NULL || *wp == NULL)
		return;
	w = *wp;
	if (w->pub != NULL) {
		if (w->fp != NULL)
			fclose(w->fp);
		fs_publish_abort(w->pub);
	}
	writer_free(wp);
}

/* Flush, sync and close, keeping the temporary name. */
int
csvw_finish(csvw **wp, char *tmp_path, size_t n, ds_err *err)
{
	csvw *w = *wp;
	int code = 0;

	if (w->pub == NULL)
		fatal("csvw_finish on a stream");
	errno = 0;
	if (fflush(w->fp) != 0 || ferror(w->fp))
		code = errno != 0 ? errno : EIO;
	if (fclose(w->fp) != 0 && code == 0)
		code = errno;
	w->fp = NULL;
	if (code == 0 && plat_fsync(w->pub->fd) != 0)
		code = errno;
	if (code == 0 && close(w->pub->fd) != 0)
		code = errno;
	else if (code != 0)
		close(w->pub->fd);
	w->pub->fd = -1;
	if (code == 0 && str_copy(tmp_path, n, w->pub->temp) != 0)
		code = ENAMETOOLONG;
	if (code != 0) {
		io_error(err, w->path, code);
		csvw_abort(wp);
		return -1;
	}
	writer_free(wp);   /* the file stays, under its temporary name */
	return 0;
}

/* Rename a finished temporary file into place and sync its folder. */
int
csvw_publish(const char *tmp_path, const char *path, ds_err *err)
{
	char dir[FS_PATH_MAX];

	fs_folder_of(path, dir, sizeof dir);
	if (rename(tmp_path, path) != 0 || fs_sync_dir(dir) != 0)
		return io_error(err, path, errno);
	return 0;
}

/* 1 if name is the temporary file of a writer ".NAME.tmp-PID" whose
 * process is gone (killed before it could publish or remove it). */
int
csvw_is_stale_temp(const char *name)
{
	const char *t = name[0] == '.' ? strstr(name, ".tmp-") : NULL;
	char *end;
	long pid;

	if (t == NULL)
		return 0;
	errno = 0;
	pid = strtol(t + 5, &end, 10);
	if (errno != 0 || pid <= 0 || *end != '\0')
		return 0;
	return pid != plat_pid() && plat_process_gone(pid);
}
