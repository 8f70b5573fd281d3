/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * auth.h (app): logging in, and who may do what.
 *
 * Roles (docs/domain.md, section 1): the commune officer ("officer") sees and edits
 * every area, manages users and alone unlocks an exported month; a
 * collaborator ("collaborator") sees and edits only their own area.
 *
 *   user_account u;
 *   ds_err err;
 *   switch (auth_login(d, login, pin, &u, &err)) {
 *   case AUTH_OK:      db_set_user(d, u.id) has been done; go on
 *   case AUTH_NO_PIN:  the account has no PIN yet: ask for a new one
 *                      (auth_set_pin) before going on
 *   default:           show err.msg (wrong PIN and how long to wait,
 *                      locked until when, unknown login)
 *   }
 *
 * The interface asks for the PIN at start; headless commands that change
 * data call cmd_authenticate() (cli/commands.h), which takes DANSO_USER and
 * DANSO_PIN from the environment, else asks on the terminal.
 */
#ifndef DANSO_APP_AUTH_H
#define DANSO_APP_AUTH_H

#include "db/db.h"
#include "db/users.h"

#include <stdint.h>

typedef enum auth_status {
	AUTH_OK = 0,
	AUTH_WRONG = 1,      /* wrong PIN (counted) or unknown login */
	AUTH_BLOCKED = 2,    /* must wait, or locked: nothing was checked */
	AUTH_NO_PIN = 3,     /* the account has no PIN yet */
	AUTH_FAILED = 4      /* storage error */
} auth_status;

/* Check login and pin, applying the throttling of domain/auth_policy.h.
 * On AUTH_OK and AUTH_NO_PIN u is filled, and on AUTH_OK the handle acts
 * as that user. err always says what happened otherwise. */
auth_status auth_login(db *d, const char *login, const char *pin, user_account *u, ds_err *err);

/* Check login and pin without recording anything (a read-only database,
 * such as a backup being restored): AUTH_OK, AUTH_WRONG, AUTH_NO_PIN or
 * AUTH_FAILED. No throttling: use only where auth_login cannot write. */
auth_status auth_check_only(db *d, const char *login, const char *pin, user_account *u, ds_err *err);

/* Set a new PIN for login after checking its form (audited with the
 * acting user). 0 or -1 with err. */
int auth_set_pin(db *d, const char *login, const char *new_pin, ds_err *err);

/* Permissions. A NULL user may do nothing. */
int auth_is_officer(const user_account *u);
int auth_can_edit_area(const user_account *u, int64_t area_id);
int auth_can_see_area(const user_account *u, int64_t area_id);
int auth_can_unlock_period(const user_account *u);
int auth_can_manage_users(const user_account *u);

#endif
