/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * schema.h: the database schema as a ladder of migrations.
 *
 * schema_steps[i] takes a database from user_version i to i+1. db_open()
 * runs each missing step in its own transaction together with the bump of
 * PRAGMA user_version, so a power cut leaves the file at a whole version.
 * Never edit a released step: add the next one.
 */
#ifndef DANSO_SCHEMA_H
#define DANSO_SCHEMA_H

/* "DnSo" as a 32-bit integer: PRAGMA application_id of a danso database. */
#define DANSO_APPLICATION_ID 0x446e536f

extern const char *const schema_steps[];
extern const int schema_step_count;

/* The name index's triggers (version 3) dropped, and made again with the
 * index rebuilt from member: the bracket of a bulk load (db_begin_bulk). */
extern const char schema_name_index_off[];
extern const char schema_name_index_on[];

#endif
