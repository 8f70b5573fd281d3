/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* killdrv.c: the program the kill tests interrupt with SIGKILL.
 *
 *   killdrv MODE DB DIR TAG COUNT
 *
 * It does COUNT units of work and prints one acknowledgement line on
 * stdout (flushed) only after each unit is durable, exactly as the screen
 * reports "saved" only after the commit has returned:
 *   entry   a household of two people arriving (record_household_move_in:
 *           household, 2 members, 2 move_in events, audit rows, one
 *           transaction)                            -> "saved <hh uid> 2"
 *   import  a batch of 20 such households in one transaction, as an
 *           import does                             -> "batch <tag>-<k> 20"
 *   backup  a backup with rotation (app/backup.h) into the default folder
 *                                                   -> "backup <path>"
 *   export  a 2000-row CSV file published atomically into DIR
 *           (exchange/csvwrite.h), its last row "end,<rows>"
 *                                                   -> "export <path>"
 *   hold    take the write lock and keep it COUNT seconds -> "holding"
 * tests/kill/run.sh checks what survived. */
#include "config.h"

#include "app/backup.h"
#include "app/record.h"
#include "db/db.h"
#include "db/events.h"
#include "db/register.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "exchange/csvwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One household of two people arriving on 2025-03-15 in area 1: through
 * record_household_move_in (rules, own transaction), or inside the
 * caller's transaction (batch) as an import stores it. */
static record_status
one_household(db *d, const char *tag, int k, int batch, household *h, ds_err *err)
{
	member p[2];
	event tmpl;
	int64_t area_id = 1;

	household_init(h);
	h->area_id = area_id;
	if (db_household_next_number(d, h->number, sizeof h->number, err) != 0)
		return RECORD_FAILED;
	for (int i = 0; i < 2; i++) {
		member_init(&p[i]);
		snprintf(p[i].full_name, sizeof p[i].full_name, "Người %s %d %s", tag, k, i == 0 ? "Chủ" : "Vợ");
		p[i].sex = i == 0 ? SEX_MALE : SEX_FEMALE;
		str_copy(p[i].birth_date, sizeof p[i].birth_date, i == 0 ? "1980-05-01" : "1982-07-09");
		str_copy(p[i].relation, sizeof p[i].relation, i == 0 ? "1" : "2");
		str_copy(p[i].ethnicity, sizeof p[i].ethnicity, "01");
		str_copy(p[i].marital, sizeof p[i].marital, "2");
		str_copy(p[i].residence, sizeof p[i].residence, "1");
	}
	event_init(&tmpl, EV_MOVE_IN);
	str_copy(tmpl.date, sizeof tmpl.date, "2025-03-15");
	str_copy(tmpl.place, sizeof tmpl.place, "Hà Nam");
	tmpl.move_scope = 0;
	if (batch)
		return db_event_move_in_household(d, h, p, 2, &tmpl, err) == 0 ? RECORD_SAVED : RECORD_FAILED;
	return record_household_move_in(d, h, p, 2, &tmpl, 1, NULL, err);
}

/* Entries, one transaction each. */
static int
run_entries(db *d, const char *tag, int count)
{
	household h;
	ds_err err = {0};

	for (int k = 0; k < count; k++) {
		if (one_household(d, tag, k, 0, &h, &err) != RECORD_SAVED) {
			fprintf(stderr, "killdrv: %s\n", err.msg);
			return 1;
		}
		printf("saved %s 2\n", h.uid);
		fflush(stdout);
	}
	return 0;
}

/* Batches of 20 households in one transaction each (an import). */
static int
run_import(db *d, const char *tag, int count)
{
	household h;
	ds_err err = {0};
	char batch_tag[64];

	for (int k = 0; k < count; k++) {
		snprintf(batch_tag, sizeof batch_tag, "%s-%d", tag, k);
		if (db_begin(d, &err) != 0)
			goto fail;
		for (int i = 0; i < 20; i++)
			if (one_household(d, batch_tag, i, 1, &h, &err) != RECORD_SAVED) {
				db_rollback(d);
				goto fail;
			}
		if (db_commit(d, &err) != 0)
			goto fail;
		printf("batch %s 20\n", batch_tag);
		fflush(stdout);
	}
	return 0;
fail:
	fprintf(stderr, "killdrv: %s\n", err.msg);
	return 1;
}

/* Backups with rotation. */
static int
run_backups(db *d, int count)
{
	backup_result res;
	ds_err err = {0};

	for (int k = 0; k < count; k++) {
		if (backup_now(d, &res, &err) != 0) {
			fprintf(stderr, "killdrv: %s\n", err.msg);
			return 1;
		}
		printf("backup %s\n", res.path);
		fflush(stdout);
	}
	return 0;
}

/* CSV files published atomically, each ending with "end,<rows>". */
static int
run_exports(const char *dir, const char *tag, int count)
{
	ds_err err = {0};
	char name[128], num[24], text[64];
	csvw *w = NULL;

	for (int k = 0; k < count; k++) {
		snprintf(name, sizeof name, "kill_%s_%d.csv", tag, k);
		if ((w = csvw_open(dir, name, 0, &err)) == NULL || csvw_rowl(w, &err, "row", "text", NULL) != 0)
			goto fail;
		for (int r = 0; r < 2000; r++) {
			snprintf(num, sizeof num, "%d", r);
			snprintf(text, sizeof text, "Nguyễn Thị Ánh %d, \"Hà Nội\"", r);
			if (csvw_rowl(w, &err, num, text, NULL) != 0)
				goto fail;
		}
		snprintf(num, sizeof num, "%ld", csvw_rows(w) + 1);
		if (csvw_rowl(w, &err, "end", num, NULL) != 0 || csvw_commit(&w, &err) != 0)
			goto fail;
		printf("export %s/%s\n", dir, name);
		fflush(stdout);
	}
	return 0;
fail:
	csvw_abort(&w);
	fprintf(stderr, "killdrv: %s\n", err.msg);
	return 1;
}

/* Hold the write lock for seconds, as a second danso in the middle of a
 * save would. */
static int
hold_lock(db *d, int seconds)
{
	ds_err err = {0};

	if (db_begin(d, &err) != 0) {
		fprintf(stderr, "killdrv: %s\n", err.msg);
		return 1;
	}
	printf("holding\n");
	fflush(stdout);
	sleep((unsigned)seconds);
	db_rollback(d);
	return 0;
}

int
main(int argc, char **argv)
{
	ds_err err = {0};
	db *d = NULL;
	long count;
	int rc;

	if (argc != 6 || str_to_long(argv[5], &count) != 0) {
		fprintf(stderr, "usage: killdrv entry|import|backup|export|hold DB DIR TAG COUNT\n");
		return 2;
	}
	ids_init();
	i18n_set(LANG_EN);
	if (strcmp(argv[1], "export") == 0)
		return run_exports(argv[3], argv[4], (int)count);
	if (db_open(argv[2], 0, &d, &err) != 0) {
		fprintf(stderr, "killdrv: %s\n", err.msg);
		return 1;
	}
	db_set_user(d, 1);
	if (strcmp(argv[1], "entry") == 0)
		rc = run_entries(d, argv[4], (int)count);
	else if (strcmp(argv[1], "import") == 0)
		rc = run_import(d, argv[4], (int)count);
	else if (strcmp(argv[1], "backup") == 0)
		rc = run_backups(d, (int)count);
	else if (strcmp(argv[1], "hold") == 0)
		rc = hold_lock(d, (int)count);
	else
		rc = 2;
	db_close(&d);
	return rc;
}
