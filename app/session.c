/* session.c: opening the register for a front end (session.h). */
#include "config.h"

#include "app/session.h"
#include "db/db.h"
#include "domain/i18n.h"

/* Open path and refuse a file that `danso init` has not set up. */
int
session_open_db(const char *path, int flags, db **out, ds_err *err)
{
	*out = NULL;
	if (db_open(path, flags, out, err) != 0)
		return -1;
	if (!db_is_initialised(*out)) {
		db_close(out);
		return ds_err_set(err, "%s %s", path,
		               L("chưa được khởi tạo. Hãy chạy: danso init --commune MÃ --name TÊN",
		                 "is not initialised. Run: danso init --commune CODE --name NAME"));
	}
	return 0;
}
