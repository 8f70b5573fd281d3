/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* http.c (net): one HTTPS request through libcurl (see http.h).
 *
 * libcurl is called through a table of its functions, each typed from
 * curl/curl.h's own prototype. By default (configure.ac) the program is not
 * linked with libcurl: the table is filled from the library the first time
 * a request is made (DANSO_CURL_SONAME, "libcurl.so.4"), so that a process
 * that never pushes (the interface, every other command) never maps
 * libcurl and its TLS and authentication libraries (docs/decisions.md,
 * "Libraries loaded when first used"). Built with --disable-dlopen (as
 * for Windows, where libcurl is linked statically), the table holds the
 * linked functions. */
#include "config.h"

#include "net/http.h"
#include "domain/i18n.h"
#include "domain/seams.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* CURLOPT_PROTOCOLS_STR, which refuses every protocol but https. */
#define CURL_OLDEST 0x075500
#define CURL_OLDEST_TEXT "7.85"

/* The functions of libcurl called here: curl_NAME for each X(NAME). */
#define CURL_FUNCTIONS(X) \
	X(version_info) X(global_init) X(global_cleanup) X(easy_init) X(easy_setopt) X(easy_perform) \
	X(easy_getinfo) X(easy_strerror) X(easy_cleanup) X(slist_append) X(slist_free_all) X(url) \
	X(url_set) X(url_get) X(url_cleanup) X(free)

/* Fields named without the curl_ prefix: curl_easy_setopt is a macro with
 * arguments when curl/curl.h's type checks are on. */
#define CURL_FIELD(f) __typeof__(&curl_##f) f;
static struct curl_api {
	int loaded;
	CURL_FUNCTIONS(CURL_FIELD)
} api;

#ifdef DANSO_DLOPEN

/* Fill api from the library; 0, or -1 with err saying what is missing. */
static int
curl_bind(ds_err *err)
{
	const char *name = seam_library("curl") != NULL ? seam_library("curl") : DANSO_CURL_SONAME;
	const char *missing = NULL;
	plat_lib *lib = plat_lib_open(name);

	if (lib == NULL)
		return ds_err_set(err, L("Không nạp được thư viện mạng %s (libcurl %s trở lên), cần để gửi lên DHIS2: %s. "
		                         "Hãy cài nó (Debian: apt-get install libcurl4). Chưa gửi gì.",
		                         "Cannot load the network library %s (libcurl %s or later), which sending to DHIS2 "
		                         "needs: %s. Install it (Debian: apt-get install libcurl4). Nothing was sent."),
		                  name, CURL_OLDEST_TEXT, plat_lib_why());
	/* A cast from plat_fn (any function) to the prototype's type. */
#define CURL_LOAD(f) \
	if (missing == NULL && (api.f = (__typeof__(api.f))plat_lib_fn(lib, "curl_" #f)) == NULL) \
		missing = "curl_" #f;
	CURL_FUNCTIONS(CURL_LOAD)
#undef CURL_LOAD
	if (missing != NULL)
		return ds_err_set(err, L("Thư viện %s không có hàm %s: đó không phải libcurl %s trở lên. Chưa gửi gì.",
		                         "The library %s has no function %s: it is not libcurl %s or later. Nothing was sent."),
		                  name, missing, CURL_OLDEST_TEXT);
	return 0;
}

#else

static int
curl_bind(ds_err *err)
{
#define CURL_LINK(f) api.f = curl_##f;
	CURL_FUNCTIONS(CURL_LINK)
#undef CURL_LINK
	return 0;
}

#endif

/* libcurl's functions in api, once, and a version that has what is used. */
static int
curl_ready(ds_err *err)
{
	const curl_version_info_data *v;

	if (!api.loaded) {
		if (curl_bind(err) != 0)
			return -1;
		api.loaded = 1;
	}
	v = api.version_info(CURLVERSION_NOW);
	if (v == NULL || v->version_num < CURL_OLDEST)
		return ds_err_set(err, L("libcurl %s quá cũ: cần %s trở lên để chỉ gửi qua https. Chưa gửi gì.",
		                         "libcurl %s is too old: %s or later is needed to send over https only. Nothing was sent."),
		                  v != NULL && v->version != NULL ? v->version : "?", CURL_OLDEST_TEXT);
	return 0;
}

#define HTTP_MAX_ANSWER (16u << 20)

/* Gather the answer (a CURLOPT_WRITEFUNCTION). */
static size_t
on_data(char *data, size_t size, size_t nmemb, void *arg)
{
	http_response *r = arg;
	size_t n = size * nmemb;

	if (r->len + n > HTTP_MAX_ANSWER)
		return 0;        /* too big: curl stops with CURLE_WRITE_ERROR */
	r->body = xrealloc(r->body, r->len + n + 1);
	memcpy(r->body + r->len, data, n);
	r->len += n;
	r->body[r->len] = '\0';
	return n;
}

/* 1 if host names the local machine. */
static int
is_local_host(const char *host)
{
	return strcmp(host, "127.0.0.1") == 0 || strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0 ||
	       strcasecmp(host, "localhost") == 0;
}

/* Refuse a URL that is not https (or local http when allowed). */
static int
check_url(const http_request *rq, ds_err *err)
{
	CURLU *u = api.url();
	char *scheme = NULL, *host = NULL, *secret = NULL;
	int rc = -1;

	if (u == NULL)
		fatal("http: out of memory");
	if (api.url_set(u, CURLUPART_URL, rq->url, 0) != CURLUE_OK ||
	    api.url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    api.url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		ds_err_set(err, L("địa chỉ không hợp lệ: %s", "not a valid address: %s"), rq->url);
	} else if (api.url_get(u, CURLUPART_PASSWORD, &secret, 0) == CURLUE_OK) {
		ds_err_set(err, L("đừng ghi mật khẩu vào địa chỉ: dùng --password-file hoặc để chương trình hỏi",
		                  "put no password in the address: use --password-file or let the program ask"));
	} else if (strcasecmp(scheme, "https") == 0) {
		rc = 0;
	} else if (strcasecmp(scheme, "http") == 0 && rq->allow_http_local && is_local_host(host)) {
		rc = 0;
	} else if (strcasecmp(scheme, "http") == 0) {
		ds_err_set(err, L("chỉ gửi qua https:// (mật khẩu và số liệu không được đi không mã hóa); http:// chỉ cho máy này (127.0.0.1) với --allow-http-local",
		                  "only https:// is used (the password and the figures must not travel unencrypted); http:// only to this machine (127.0.0.1) with --allow-http-local"));
	} else {
		ds_err_set(err, L("địa chỉ phải bắt đầu bằng https://: %s", "the address must start with https://: %s"),
		           rq->url);
	}
	if (rc != 0)
		ds_err_at(err, "", 0, 0, "--url");
	api.free(scheme);
	api.free(host);
	api.free(secret);
	api.url_cleanup(u);
	return rc;
}

/* curl_easy_setopt with the type each option takes; the first option the
 * library refuses is kept in *refused (the request is then not sent). */
typedef struct options {
	CURL *c;
	CURLoption refused;
	int failed;
} options;

static void
opt_done(options *o, CURLoption opt, CURLcode cc)
{
	if (cc != CURLE_OK && !o->failed) {
		o->failed = 1;
		o->refused = opt;
	}
}

static void
opt_long(options *o, CURLoption opt, long v)
{
	opt_done(o, opt, api.easy_setopt(o->c, opt, v));
}

static void
opt_text(options *o, CURLoption opt, const char *v)
{
	opt_done(o, opt, api.easy_setopt(o->c, opt, v));
}

static void
opt_size(options *o, CURLoption opt, curl_off_t v)
{
	opt_done(o, opt, api.easy_setopt(o->c, opt, v));
}

static void
opt_data(options *o, CURLoption opt, void *v)
{
	opt_done(o, opt, api.easy_setopt(o->c, opt, v));
}

static void
opt_list(options *o, CURLoption opt, struct curl_slist *v)
{
	opt_done(o, opt, api.easy_setopt(o->c, opt, v));
}

static void
opt_writer(options *o, curl_write_callback fn)
{
	opt_done(o, CURLOPT_WRITEFUNCTION, api.easy_setopt(o->c, CURLOPT_WRITEFUNCTION, fn));
}

int
http_post(const http_request *rq, http_response *out, ds_err *err)
{
	char errbuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *headers = NULL;
	options o = {0};
	char *ctype;
	CURLcode cc;
	CURL *c;

	memset(out, 0, sizeof *out);
	if (curl_ready(err) != 0)
		return -1;
	if (check_url(rq, err) != 0)
		return -1;
	if (api.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || (c = api.easy_init()) == NULL)
		fatal("http: libcurl cannot start");
	ctype = xasprintf("Content-Type: %s", rq->content_type);
	headers = api.slist_append(headers, ctype);
	headers = api.slist_append(headers, "Accept: application/json");
	free(ctype);
	if (headers == NULL)
		fatal("http: out of memory");
	o.c = c;
	opt_text(&o, CURLOPT_URL, rq->url);
	opt_text(&o, CURLOPT_PROTOCOLS_STR, rq->allow_http_local ? "http,https" : "https");
	opt_long(&o, CURLOPT_FOLLOWLOCATION, 0L);
	opt_long(&o, CURLOPT_POST, 1L);
	opt_text(&o, CURLOPT_POSTFIELDS, rq->body);
	opt_size(&o, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->len);
	opt_list(&o, CURLOPT_HTTPHEADER, headers);
	if (rq->user != NULL) {
		opt_long(&o, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
		opt_text(&o, CURLOPT_USERNAME, rq->user);
		opt_text(&o, CURLOPT_PASSWORD, rq->password != NULL ? rq->password : "");
	}
	opt_long(&o, CURLOPT_SSL_VERIFYPEER, 1L);
	opt_long(&o, CURLOPT_SSL_VERIFYHOST, 2L);
	if (rq->cacert != NULL)
		opt_text(&o, CURLOPT_CAINFO, rq->cacert);
	opt_long(&o, CURLOPT_CONNECTTIMEOUT, 30L);
	opt_long(&o, CURLOPT_TIMEOUT, 300L);
	opt_long(&o, CURLOPT_NOSIGNAL, 1L);
	opt_text(&o, CURLOPT_USERAGENT, "danso/" PACKAGE_VERSION);
	opt_data(&o, CURLOPT_ERRORBUFFER, errbuf);
	opt_writer(&o, on_data);
	opt_data(&o, CURLOPT_WRITEDATA, out);
	/* A request with one of its rules missing (https only, no redirect,
	 * the certificate checked) is not sent at all. */
	cc = o.failed ? CURLE_UNKNOWN_OPTION : api.easy_perform(c);
	if (cc == CURLE_OK) {
		api.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
		if (out->body == NULL)
			out->body = xstrdup("");
	} else {
		if (o.failed)
			ds_err_set(err, L("libcurl không nhận tùy chọn số %d, cần cho việc gửi an toàn: chưa gửi gì",
			                  "libcurl refuses option number %d, which a safe request needs: nothing was sent"),
			           (int)o.refused);
		else
			ds_err_set(err, L("không gửi được tới %s: %s", "cannot send to %s: %s"), rq->url,
			           errbuf[0] != '\0' ? errbuf : api.easy_strerror(cc));
		ds_err_at(err, "", 0, 0, "--url");
		http_response_free(out);
	}
	api.slist_free_all(headers);
	api.easy_cleanup(c);
	api.global_cleanup();
	return cc == CURLE_OK ? 0 : -1;
}

void
http_response_free(http_response *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
}
