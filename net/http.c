/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* http.c (net): one HTTPS request through libcurl (see http.h). */
#include "config.h"

#include "net/http.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *secret = NULL;
	int rc = -1;

	if (u == NULL)
		fatal("http: out of memory");
	if (curl_url_set(u, CURLUPART_URL, rq->url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		ds_err_set(err, L("địa chỉ không hợp lệ: %s", "not a valid address: %s"), rq->url);
	} else if (curl_url_get(u, CURLUPART_PASSWORD, &secret, 0) == CURLUE_OK) {
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
	curl_free(scheme);
	curl_free(host);
	curl_free(secret);
	curl_url_cleanup(u);
	return rc;
}

int
http_post(const http_request *rq, http_response *out, ds_err *err)
{
	char errbuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *headers = NULL;
	char *ctype;
	CURLcode cc;
	CURL *c;

	memset(out, 0, sizeof *out);
	if (check_url(rq, err) != 0)
		return -1;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || (c = curl_easy_init()) == NULL)
		fatal("http: libcurl cannot start");
	ctype = xasprintf("Content-Type: %s", rq->content_type);
	headers = curl_slist_append(headers, ctype);
	headers = curl_slist_append(headers, "Accept: application/json");
	free(ctype);
	if (headers == NULL)
		fatal("http: out of memory");
	curl_easy_setopt(c, CURLOPT_URL, rq->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, rq->allow_http_local ? "http,https" : "https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_POST, 1L);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, rq->body);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->len);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	if (rq->user != NULL) {
		curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
		curl_easy_setopt(c, CURLOPT_USERNAME, rq->user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, rq->password != NULL ? rq->password : "");
	}
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (rq->cacert != NULL)
		curl_easy_setopt(c, CURLOPT_CAINFO, rq->cacert);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 300L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "danso/" PACKAGE_VERSION);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
	cc = curl_easy_perform(c);
	if (cc == CURLE_OK) {
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
		if (out->body == NULL)
			out->body = xstrdup("");
	} else {
		ds_err_set(err, L("không gửi được tới %s: %s", "cannot send to %s: %s"), rq->url,
		           errbuf[0] != '\0' ? errbuf : curl_easy_strerror(cc));
		ds_err_at(err, "", 0, 0, "--url");
		http_response_free(out);
	}
	curl_slist_free_all(headers);
	curl_easy_cleanup(c);
	curl_global_cleanup();
	return cc == CURLE_OK ? 0 : -1;
}

void
http_response_free(http_response *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
}
