/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * http.h (net): one HTTPS request through libcurl, the only place of the
 * program that includes curl/curl.h (docs/architecture.md). libcurl is
 * loaded the first time a request is made, not linked (http.c): when it
 * cannot be, http_post says so in err and sends nothing.
 *
 *   http_request rq = {.url = "https://dhis.example.vn/api/dataValueSets",
 *                      .user = u, .password = pw,
 *                      .content_type = "application/json", .body = b, .len = n};
 *   http_response rs;
 *   if (http_post(&rq, &rs, &err) != 0) show err;   -- not sent / no answer
 *   ... rs.status, rs.body ...
 *   http_response_free(&rs);
 *
 * Only https:// is spoken; plain http:// only when allow_http_local is set
 * and the host is 127.0.0.1, ::1 or localhost (the tests' mock server).
 * The server's certificate and name are always checked (cacert adds a CA
 * bundle, for a server signed by a provincial CA); redirects are not
 * followed, so the password never goes to another host. Basic
 * authentication; the answer is kept whole up to 16 MiB.
 */
#ifndef DANSO_NET_HTTP_H
#define DANSO_NET_HTTP_H

#include "domain/error.h"

#include <stddef.h>

typedef struct http_request {
	const char *url;
	const char *user;            /* basic authentication; NULL: none */
	const char *password;
	const char *content_type;
	const char *body;
	size_t len;
	const char *cacert;          /* a CA bundle file, or NULL */
	int allow_http_local;        /* plain http to the local machine only */
} http_request;

typedef struct http_response {
	long status;                 /* HTTP status code */
	char *body;                  /* NUL-terminated; free with http_response_free */
	size_t len;
} http_response;

/* POST the body to the URL. 0 when the server answered (any status);
 * -1 with err when the URL is refused or nothing came back. */
int http_post(const http_request *rq, http_response *out, ds_err *err);

void http_response_free(http_response *r);

#endif
