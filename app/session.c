/* session.c: opening the register for a front end (session.h). */
#include "config.h"

#include "app/session.h"
#include "app/backup.h"
#include "db/db.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* After a damaged open: name the backup to restore, or say there is none. */
static void
damage_hint(const char *path, ds_err *err)
{
	char *good = backup_newest_good(path);
	char msg[sizeof err->msg];

	str_copy(msg, sizeof msg, err->msg);
	if (good != NULL)
		ds_err_set(err, L("%s Bản sao lưu tốt gần nhất là %s: danso restore %s",
		                  "%s The newest good backup is %s: danso restore %s"), msg, strrchr(good, '/') + 1, good);
	else
		ds_err_set(err, L("%s Không có bản sao lưu tốt nào trong thư mục backups bên cạnh; hãy dùng bản trên USB.",
		                  "%s There is no good backup in the backups folder beside it; use the copy on the USB stick."),
		           msg);
	free(good);
}

int
session_open_any(const char *path, int flags, db **out, ds_err *err)
{
	int rc = db_open(path, flags, out, err);

	if (rc == DB_DAMAGED && err != NULL)
		damage_hint(path, err);
	return rc == 0 ? 0 : -1;
}

/* Open path and refuse a file that `danso init` has not set up. */
int
session_open_db(const char *path, int flags, db **out, ds_err *err)
{
	*out = NULL;
	if (session_open_any(path, flags, out, err) != 0)
		return -1;
	if (!db_is_initialised(*out)) {
		db_close(out);
		return ds_err_set(err, "%s %s", path,
		               L("chưa được khởi tạo. Hãy chạy: danso init --commune MÃ --name TÊN",
		                 "is not initialised. Run: danso init --commune CODE --name NAME"));
	}
	return 0;
}
