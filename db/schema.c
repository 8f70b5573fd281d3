/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* schema.c: the migration ladder (see schema.h). */
#include "config.h"

#include "db/schema.h"

/* Version 1: the commune register, its events and the commune's books. */
static const char schema_v1[] =
	/* Key-value settings: commune_code, commune_name, province_code,
	 * upper_name, created_at, pseudonym_key (hex secret for --no-names). */
	"CREATE TABLE setting("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL"
	") WITHOUT ROWID;"

	/* Replaceable code lists (relation, education, fp_method, ...). */
	"CREATE TABLE code_list("
	"  list TEXT NOT NULL,"
	"  code TEXT NOT NULL,"
	"  label_vi TEXT NOT NULL,"
	"  label_en TEXT NOT NULL,"
	"  sort INTEGER NOT NULL DEFAULT 0,"
	"  PRIMARY KEY (list, code)"
	") WITHOUT ROWID;"

	"CREATE TABLE area("
	"  id INTEGER PRIMARY KEY,"
	"  number INTEGER NOT NULL UNIQUE CHECK (number > 0),"
	"  name TEXT NOT NULL"
	");"

	"CREATE TABLE app_user("
	"  id INTEGER PRIMARY KEY,"
	"  login TEXT NOT NULL UNIQUE,"
	"  full_name TEXT NOT NULL,"
	"  role TEXT NOT NULL CHECK (role IN ('officer', 'collaborator')),"
	"  area_id INTEGER REFERENCES area(id),"
	"  pin_hash TEXT,"
	"  failed_attempts INTEGER NOT NULL DEFAULT 0,"
	"  locked_until TEXT NOT NULL DEFAULT '',"
	"  active INTEGER NOT NULL DEFAULT 1,"
	"  created_at TEXT NOT NULL"
	");"

	"CREATE TABLE household("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  number TEXT NOT NULL UNIQUE,"
	"  area_id INTEGER NOT NULL REFERENCES area(id),"
	"  village TEXT NOT NULL DEFAULT '',"
	"  address TEXT NOT NULL DEFAULT '',"
	"  kind TEXT NOT NULL DEFAULT '1',"
	"  head_member_id INTEGER REFERENCES member(id) DEFERRABLE INITIALLY DEFERRED,"
	"  created_on TEXT NOT NULL,"
	"  status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),"
	"  ended_on TEXT NOT NULL DEFAULT ''"
	");"
	"CREATE INDEX household_area ON household(area_id, number);"
	/* the register's order: lists read it in order instead of sorting */
	"CREATE INDEX household_order ON household(CAST(number AS INTEGER), length(number), number);"

	"CREATE TABLE member("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  household_id INTEGER NOT NULL REFERENCES household(id),"
	"  person_id TEXT UNIQUE,"
	"  full_name TEXT NOT NULL,"
	"  name_key TEXT NOT NULL,"
	"  sort_key TEXT NOT NULL,"
	"  relation TEXT NOT NULL,"
	"  sex INTEGER NOT NULL CHECK (sex IN (1, 2)),"
	"  birth_date TEXT NOT NULL,"
	"  ethnicity TEXT NOT NULL,"
	"  education TEXT NOT NULL DEFAULT '',"
	"  marital TEXT NOT NULL,"
	"  residence TEXT NOT NULL,"
	"  status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),"
	"  entered_on TEXT NOT NULL,"
	"  left_on TEXT NOT NULL DEFAULT ''"
	");"
	/* status and household_id in the indexes let a household's head count
	 * and the name search read the index alone (bench/, docs/performance.md). */
	"CREATE INDEX member_household ON member(household_id, status);"
	"CREATE INDEX member_sort_key ON member(sort_key, name_key, status, household_id);"

	/* One row per event of the monthly slip; kind-specific columns stay at
	 * their defaults for other kinds (see domain/model.h). */
	"CREATE TABLE event("
	"  id INTEGER PRIMARY KEY,"
	"  uid TEXT NOT NULL UNIQUE,"
	"  kind TEXT NOT NULL,"
	"  event_date TEXT NOT NULL,"
	"  period TEXT NOT NULL,"
	"  household_id INTEGER NOT NULL REFERENCES household(id),"
	"  member_id INTEGER REFERENCES member(id),"
	"  related_member_id INTEGER REFERENCES member(id),"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  cancelled INTEGER NOT NULL DEFAULT 0,"
	"  cancel_reason TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL,"
	"  child_sex INTEGER NOT NULL DEFAULT 0,"
	"  birth_order INTEGER NOT NULL DEFAULT 0,"
	"  birth_place TEXT NOT NULL DEFAULT '',"
	"  birth_weight_g INTEGER NOT NULL DEFAULT 0,"
	"  conditions INTEGER NOT NULL DEFAULT 0,"
	"  gestational_week INTEGER NOT NULL DEFAULT 0,"
	"  method TEXT NOT NULL DEFAULT '',"
	"  provider TEXT NOT NULL DEFAULT '',"
	"  stop_reason TEXT NOT NULL DEFAULT '',"
	"  living_children INTEGER NOT NULL DEFAULT 0,"
	"  pregnancy_kind TEXT NOT NULL DEFAULT '',"
	"  pregnancy_number INTEGER NOT NULL DEFAULT 0,"
	"  death_cause TEXT NOT NULL DEFAULT '',"
	"  place TEXT NOT NULL DEFAULT '',"
	"  move_scope INTEGER NOT NULL DEFAULT 0,"
	"  whole_household INTEGER NOT NULL DEFAULT 0,"
	"  to_area_id INTEGER REFERENCES area(id),"
	"  field TEXT NOT NULL DEFAULT '',"
	"  old_value TEXT NOT NULL DEFAULT '',"
	"  new_value TEXT NOT NULL DEFAULT '',"
	"  premarital_check INTEGER NOT NULL DEFAULT 0,"
	"  spouse_name TEXT NOT NULL DEFAULT '',"
	/* What the event changed, kept so that a cancel can undo it (not
	 * part of struct event): the subject's and the spouse's marital
	 * status before a marriage / divorce, the household's area before a
	 * hand-over, and 1 when the event closed the household (last
	 * active member died or moved out). */
	"  prev_marital TEXT NOT NULL DEFAULT '',"
	"  prev_spouse_marital TEXT NOT NULL DEFAULT '',"
	"  prev_area_id INTEGER REFERENCES area(id),"
	"  closed_household INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE INDEX event_period ON event(period, kind);"
	"CREATE INDEX event_member ON event(member_id, kind, event_date);"
	"CREATE INDEX event_related ON event(related_member_id);"
	"CREATE INDEX event_household ON event(household_id, event_date);"
	/* The duplicate rule, also enforced by the database. Births are left
	 * out: twins share mother, kind and date. */
	"CREATE UNIQUE INDEX event_no_duplicate ON event(member_id, kind, event_date)"
	"  WHERE cancelled = 0 AND member_id IS NOT NULL AND kind <> 'birth';"

	/* Contraceptive state of a woman as of the end of a month; a row holds
	 * until a later month's row replaces it (a sparse month-by-month book).
	 * method '' means not using; nonuse_reason (code list fp_nonuse_reason,
	 * set by an import or the demo baseline) or stop_reason (code list
	 * fp_stop_reason, from an fp_stop event) then says why. The state of a
	 * month is the latest row at or before it. fp_start / fp_stop events
	 * write the row of their month (the month's latest event wins). */
	"CREATE TABLE fp_status("
	"  member_id INTEGER NOT NULL REFERENCES member(id),"
	"  period TEXT NOT NULL,"
	"  method TEXT NOT NULL DEFAULT '',"
	"  nonuse_reason TEXT NOT NULL DEFAULT '',"
	"  stop_reason TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (member_id, period)"
	") WITHOUT ROWID;"

	/* Who did what, when; before/after are JSON objects of the row. */
	"CREATE TABLE audit("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  action TEXT NOT NULL,"
	"  entity TEXT NOT NULL,"
	"  entity_id INTEGER,"
	"  before TEXT NOT NULL DEFAULT '',"
	"  after TEXT NOT NULL DEFAULT '',"
	"  reason TEXT NOT NULL DEFAULT ''"
	");"
	"CREATE INDEX audit_entity ON audit(entity, entity_id);"

	/* Reporting months: locked once exported; unlocked with a reason. */
	"CREATE TABLE period_lock("
	"  period TEXT PRIMARY KEY,"
	"  locked INTEGER NOT NULL,"
	"  revision INTEGER NOT NULL,"
	"  changed_at TEXT NOT NULL,"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  reason TEXT NOT NULL DEFAULT ''"
	") WITHOUT ROWID;"

	"CREATE TABLE export_log("
	"  id INTEGER PRIMARY KEY,"
	"  period TEXT NOT NULL,"
	"  revision INTEGER NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  out_dir TEXT NOT NULL,"
	"  manifest_sha256 TEXT NOT NULL,"
	"  UNIQUE (period, revision)"
	");"

	/* Yearly targets per unit (commune, district, city ...). */
	"CREATE TABLE target("
	"  unit TEXT NOT NULL,"
	"  year INTEGER NOT NULL,"
	"  indicator TEXT NOT NULL,"
	"  target REAL NOT NULL,"
	"  PRIMARY KEY (unit, year, indicator)"
	") WITHOUT ROWID;";

/* Version 2: the upper level's imported commune packages (helper "export"):
 * one row per commune and month with the revision it holds, the report's
 * indicator values and the month's events (columns of the events file,
 * docs/format.md). A higher revision replaces the month's rows whole. */
static const char schema_v2[] =
	"CREATE TABLE import_package("
	"  commune_code TEXT NOT NULL,"
	"  commune_name TEXT NOT NULL,"
	"  period TEXT NOT NULL,"
	"  revision INTEGER NOT NULL CHECK (revision > 0),"
	"  format_version TEXT NOT NULL,"
	"  program_version TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  imported_at TEXT NOT NULL,"
	"  manifest_sha256 TEXT NOT NULL,"
	"  PRIMARY KEY (commune_code, period)"
	") WITHOUT ROWID;"

	"CREATE TABLE import_indicator("
	"  commune_code TEXT NOT NULL,"
	"  period TEXT NOT NULL,"
	"  indicator TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (commune_code, period, indicator),"
	"  FOREIGN KEY (commune_code, period) REFERENCES import_package(commune_code, period)"
	");"

	"CREATE TABLE import_event("
	"  event_id TEXT PRIMARY KEY,"
	"  commune_code TEXT NOT NULL,"
	"  period TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  event_date TEXT NOT NULL,"
	"  household_number TEXT NOT NULL,"
	"  area INTEGER NOT NULL,"
	"  person_key TEXT NOT NULL,"
	"  full_name TEXT NOT NULL,"
	"  person_id TEXT NOT NULL,"
	"  sex INTEGER NOT NULL,"
	"  birth_date TEXT NOT NULL,"
	"  ethnicity TEXT NOT NULL,"
	"  education TEXT NOT NULL,"
	"  marital TEXT NOT NULL,"
	"  residence TEXT NOT NULL,"
	"  relation TEXT NOT NULL,"
	"  related_key TEXT NOT NULL,"
	"  related_name TEXT NOT NULL,"
	"  child_sex INTEGER NOT NULL,"
	"  birth_order INTEGER NOT NULL,"
	"  birth_place TEXT NOT NULL,"
	"  birth_weight_g INTEGER NOT NULL,"
	"  conditions INTEGER NOT NULL,"
	"  gestational_week INTEGER NOT NULL,"
	"  method TEXT NOT NULL,"
	"  provider TEXT NOT NULL,"
	"  living_children INTEGER NOT NULL,"
	"  stop_reason TEXT NOT NULL,"
	"  pregnancy_kind TEXT NOT NULL,"
	"  pregnancy_number INTEGER NOT NULL,"
	"  death_cause TEXT NOT NULL,"
	"  place TEXT NOT NULL,"
	"  move_scope INTEGER NOT NULL,"
	"  whole_household INTEGER NOT NULL,"
	"  to_area INTEGER NOT NULL,"
	"  field TEXT NOT NULL,"
	"  old_value TEXT NOT NULL,"
	"  new_value TEXT NOT NULL,"
	"  premarital_check INTEGER NOT NULL,"
	"  spouse_name TEXT NOT NULL,"
	"  FOREIGN KEY (commune_code, period) REFERENCES import_package(commune_code, period)"
	");"
	"CREATE INDEX import_event_package ON import_event(commune_code, period, kind);";

/* Version 3: a full-text index of the people's search keys, so a name
 * typed without accents is found through an index (word prefixes) instead
 * of a scan of every person. External content: the words live in member,
 * the index only points at them; triggers keep it in step. */
#define NAME_INDEX_TRIGGERS \
	"CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN" \
	"  INSERT INTO member_search(rowid, name_key) VALUES (new.id, new.name_key);" \
	"END;" \
	"CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN" \
	"  INSERT INTO member_search(member_search, rowid, name_key) VALUES ('delete', old.id, old.name_key);" \
	"END;" \
	"CREATE TRIGGER member_search_update AFTER UPDATE OF name_key ON member BEGIN" \
	"  INSERT INTO member_search(member_search, rowid, name_key) VALUES ('delete', old.id, old.name_key);" \
	"  INSERT INTO member_search(rowid, name_key) VALUES (new.id, new.name_key);" \
	"END;"
#define NAME_INDEX_REBUILD "INSERT INTO member_search(member_search) VALUES ('rebuild');"
static const char schema_v3[] =
	"CREATE VIRTUAL TABLE member_search USING fts5("
	"  name_key, content='member', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 0');"
	NAME_INDEX_TRIGGERS
	NAME_INDEX_REBUILD;

/* A bulk load's transaction (db_begin_bulk, db/db.c) sets the index aside
 * and puts it back before its commit: the same triggers, as version 3 made
 * them, and the index rebuilt from member. */
const char schema_name_index_off[] =
	"DROP TRIGGER member_search_insert;"
	"DROP TRIGGER member_search_delete;"
	"DROP TRIGGER member_search_update;";
const char schema_name_index_on[] = NAME_INDEX_TRIGGERS NAME_INDEX_REBUILD;

/* Version 4: the decisions of the comparisons with the national residents
 * database's extract (helper "residents", docs/residents.md): keys only,
 * never the extract's rows. decision 'dismiss' hides a finding (its reason
 * kept); 'confirm' says a possible match is the same person. The finding
 * is named by its kind, the member's uid, the extract key (a citizen id or
 * a digest of name, birth date and sex), a field and a digest of the two
 * values; one decision per finding. */
static const char schema_v4[] =
	"CREATE TABLE residents_decision("
	"  id INTEGER PRIMARY KEY,"
	"  decision TEXT NOT NULL CHECK (decision IN ('dismiss', 'confirm')),"
	"  finding TEXT NOT NULL CHECK (finding IN ('extract_only', 'register_only', 'differs', 'possible_match')),"
	"  member_uid TEXT NOT NULL DEFAULT '',"
	"  extract_key TEXT NOT NULL DEFAULT '',"
	"  field TEXT NOT NULL DEFAULT '',"
	"  digest TEXT NOT NULL DEFAULT '',"
	"  reason TEXT NOT NULL DEFAULT '',"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  decided_at TEXT NOT NULL,"
	"  UNIQUE (finding, member_uid, extract_key, field, digest)"
	");";

/* Version 5: the DHIS2 data value sets sent (exported or pushed), one row
 * per set of a period and org unit numbered 1, 2, 3 ..., with the values
 * that carried data, so the next set of that period writes a zero for
 * every element it no longer sends (docs/format.md, "DHIS2"). */
static const char schema_v5[] =
	"CREATE TABLE dhis2_set("
	"  id INTEGER PRIMARY KEY,"
	"  period TEXT NOT NULL,"
	"  orgunit TEXT NOT NULL,"
	"  seq INTEGER NOT NULL,"
	"  how TEXT NOT NULL CHECK (how IN ('export', 'push')),"
	"  created_at TEXT NOT NULL,"
	"  user_id INTEGER REFERENCES app_user(id),"
	"  UNIQUE (period, orgunit, seq)"
	");"
	"CREATE TABLE dhis2_set_value("
	"  set_id INTEGER NOT NULL REFERENCES dhis2_set(id) ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"
	"  dataelement TEXT NOT NULL,"
	"  categoryoptioncombo TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (set_id, dataelement, categoryoptioncombo)"
	") WITHOUT ROWID;";

/* Version 6: an export is recorded (month locked, log row) before its manifest
 * is published; "pending" holds the manifest's temporary path until it has
 * its name, so a crash in between is finished on the next run (app/export.h). */
static const char schema_v6[] =
	"ALTER TABLE export_log ADD COLUMN pending TEXT NOT NULL DEFAULT '';";

/* Version 7: a woman's reproductive history as the Sổ A0 keeps it (live
 * births ever, children living: set when she enters the register, kept up
 * to date by births and child deaths, corrected by a change of details
 * with its reason), and what a birth, a child's death and a transfer inside
 * the commune changed, so that a cancel or a correction can undo it and a
 * report can rebuild a past day (docs/database.md). */
static const char schema_v7[] =
	"ALTER TABLE member ADD COLUMN children_born INTEGER NOT NULL DEFAULT 0 CHECK (children_born >= 0);"
	"ALTER TABLE member ADD COLUMN children_living INTEGER NOT NULL DEFAULT 0"
	"  CHECK (children_living >= 0 AND children_living <= children_born);"
	"ALTER TABLE event ADD COLUMN change_reason TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE event ADD COLUMN history_added INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE event ADD COLUMN history_member_id INTEGER REFERENCES member(id);"
	"ALTER TABLE event ADD COLUMN prev_household_id INTEGER REFERENCES household(id);"
	"ALTER TABLE event ADD COLUMN prev_head INTEGER NOT NULL DEFAULT 0;"
	/* what an older register knows: the births it recorded, less the
	 * children of those births who died */
	"UPDATE member SET children_born = (SELECT count(*) FROM event e WHERE e.member_id = member.id"
	"  AND e.kind = 'birth' AND e.cancelled = 0),"
	" children_living = (SELECT count(*) FROM event e LEFT JOIN member c ON c.id = e.related_member_id"
	"  WHERE e.member_id = member.id AND e.kind = 'birth' AND e.cancelled = 0 AND coalesce(c.status, 0) <> 2)"
	" WHERE sex = 2;"
	"UPDATE event SET history_added = 1 WHERE kind = 'birth' AND cancelled = 0;"
	"UPDATE event SET history_added = 1, history_member_id = (SELECT b.member_id FROM event b"
	"  WHERE b.kind = 'birth' AND b.cancelled = 0 AND b.related_member_id = event.member_id)"
	" WHERE kind = 'death' AND cancelled = 0 AND EXISTS (SELECT 1 FROM event b"
	"  WHERE b.kind = 'birth' AND b.cancelled = 0 AND b.related_member_id = event.member_id);";

/* Version 8: indexes the monthly report reads instead of the tables
 * (docs/performance.md, fix 23). member_stock holds everything the stocks
 * read of a person, led by left_on so that the people who left before a
 * report's day are never walked. event_period grows to hold what the flows
 * read of an event, so one pass over a year's months reads the index alone
 * (it stays led by period: an index led by kind and holding cancelled and
 * member_id would be the planner's choice for every "this person's events
 * of this kind" query, and scan the whole kind). event_marital holds the
 * marriages, divorces and changes of the marital detail, partial so that
 * only the query that states its condition reads it (MARITAL_EVENT in
 * db/internal.h). household_nonfamily lists the few households that are
 * not families. */
static const char schema_v8[] =
	"CREATE INDEX member_stock ON member(left_on, status, entered_on, sex, birth_date, marital, household_id);"
	"DROP INDEX event_period;"
	"CREATE INDEX event_period ON event(period, kind, cancelled, event_date, member_id, child_sex, birth_order,"
	"  birth_place, method, pregnancy_kind, premarital_check, move_scope, household_id, conditions);"
	"CREATE INDEX event_marital ON event(member_id, related_member_id, event_date, kind, field, cancelled,"
	"  new_value, old_value, prev_marital, prev_spouse_marital)"
	"  WHERE kind IN ('marriage', 'divorce') OR (kind = 'detail_change' AND field = 'marital');"
	"CREATE INDEX household_nonfamily ON household(id) WHERE kind <> '1';";

const char *const schema_steps[] = {
	schema_v1,
	schema_v2,
	schema_v3,
	schema_v4,
	schema_v5,
	schema_v6,
	schema_v7,
	schema_v8,
};

const int schema_step_count = (int)(sizeof schema_steps / sizeof schema_steps[0]);
