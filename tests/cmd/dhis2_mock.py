#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""A stand-in for DHIS2's POST /api/dataValueSets, for tests/cmd/dhis2.sh.

Listens on 127.0.0.1 only, on a free port it writes to --port-file; serves
at most --max-requests requests and lives at most --timeout seconds, then
exits by itself. With --tls CERT KEY it speaks HTTPS; plain HTTP otherwise
(danso sends plain HTTP only to 127.0.0.1 and only with --allow-http-local).

It checks each request the way DHIS2 does: the path (404), the method
(405), basic authentication (401, DHIS2's web message), the content type
(415), a JSON body (400), then the set: dataSet, period (YYYYMM, YYYYQn or
YYYY), orgUnit, completeDate (YYYY-MM-DD), and every data value's
dataElement and value. It keeps what it stored across requests, so a zero
deletes a value (an element that does not store zeros) and the counts say
imported / updated / deleted. Its answers have the shapes of DHIS2's import
summaries: the web message of 2.36 and later ({"httpStatus":..,
"response":{ImportSummary}}) or, with --reply bare, the bare ImportSummary
of older versions; --reply conflict refuses the elements named by
--refuse (status WARNING, HTTP 409) and --reply error the whole set
(status ERROR, HTTP 409, the period is locked).

Every request is logged to --log as one JSON line.
"""
import argparse
import base64
import http.server
import json
import re
import signal
import ssl
import sys
import urllib.parse

OPTIONS = {"idSchemes": {}, "dryRun": False, "async": False, "importStrategy": "CREATE_AND_UPDATE",
           "mergeMode": "REPLACE", "reportMode": "FULL", "skipExistingCheck": False, "firstRowIsHeader": True}


def web_message(code, status, message, response=None):
    names = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
             409: "Conflict", 415: "Unsupported Media Type"}
    m = {"httpStatus": names[code], "httpStatusCode": code, "status": status, "message": message}
    if response is not None:
        m["response"] = response
    return m


class State:
    store = {}
    served = 0


def check_set(body):
    """Problems with the set itself (DHIS2 refuses such a request)."""
    if not isinstance(body, dict):
        return "the body is not a data value set object"
    if not re.fullmatch(r"\d{6}|\d{4}Q[1-4]|\d{4}", str(body.get("period", ""))):
        return "Period is invalid: %r" % body.get("period")
    if not body.get("orgUnit"):
        return "Org unit is missing"
    if not body.get("dataSet"):
        return "Data set is missing (completeDate needs it)"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(body.get("completeDate", ""))):
        return "completeDate is not a date: %r" % body.get("completeDate")
    values = body.get("dataValues")
    if not isinstance(values, list):
        return "dataValues is not a list"
    for i, v in enumerate(values):
        if not isinstance(v, dict) or not isinstance(v.get("dataElement"), str) or not v["dataElement"]:
            return "data value %d has no dataElement" % i
        if not isinstance(v.get("value"), str):
            return "data value %d: the value is not a string" % i
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "dhis2-mock"

    def log_message(self, fmt, *args):
        pass

    def reply(self, code, obj):
        data = json.dumps(obj).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, entry):
        with open(self.server.args.log, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def do_GET(self):
        State.served += 1
        self.record({"method": "GET", "path": self.path})
        self.reply(405, web_message(405, "ERROR", "Request method 'GET' not supported"))

    def do_POST(self):
        State.served += 1
        a = self.server.args
        url = urllib.parse.urlsplit(self.path)
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length) if length > 0 else b""
        want_auth = "Basic " + base64.b64encode(("%s:%s" % (a.user, a.password)).encode()).decode()
        entry = {"method": "POST", "path": url.path, "query": query,
                 "content_type": self.headers.get("Content-Type", ""),
                 "auth_ok": self.headers.get("Authorization", "") == want_auth, "body": raw.decode("utf-8", "replace")}
        self.record(entry)
        if url.path != "/api/dataValueSets":
            return self.reply(404, web_message(404, "ERROR", "No endpoint at " + url.path))
        if not entry["auth_ok"]:
            return self.reply(401, web_message(401, "ERROR", "Unauthorized"))
        if entry["content_type"].split(";")[0].strip().lower() != "application/json":
            return self.reply(415, web_message(415, "ERROR", "Content type not supported"))
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            return self.reply(400, web_message(400, "ERROR", "Invalid JSON: %s" % e))
        problem = check_set(body)
        if problem is not None:
            return self.reply(409, web_message(409, "ERROR", "An error occurred, please check import summary.",
                                               {"responseType": "ImportSummary", "status": "ERROR",
                                                "description": problem,
                                                "importCount": {"imported": 0, "updated": 0, "ignored": 0,
                                                                "deleted": 0}}))
        dry = query.get("dryRun", "false") == "true"
        values = body["dataValues"]
        counts = {"imported": 0, "updated": 0, "ignored": 0, "deleted": 0}
        conflicts = []
        if a.reply == "error":
            counts["ignored"] = len(values)
            conflicts.append({"object": body["period"],
                              "value": "Period: `%s` is after latest open future period for data set: `%s`"
                                       % (body["period"], body["dataSet"]),
                              "errorCode": "E7641", "property": "period", "indexes": list(range(len(values)))})
            return self.reply(409, web_message(409, "ERROR", "An error occurred, please check import summary.",
                                               {"responseType": "ImportSummary", "status": "ERROR",
                                                "importOptions": OPTIONS,
                                                "description": "Import process completed with errors",
                                                "importCount": counts, "conflicts": conflicts,
                                                "rejectedIndexes": list(range(len(values))),
                                                "dataSetComplete": "false"}))
        refused = set(a.refuse or [])
        store = dict(State.store)
        for i, v in enumerate(values):
            if a.reply == "conflict" and v["dataElement"] in refused:
                counts["ignored"] += 1
                conflicts.append({"object": v["dataElement"],
                                  "value": "Data element not found or not accessible: `%s`" % v["dataElement"],
                                  "errorCode": "E7610", "property": "dataElement", "indexes": [i]})
                continue
            key = (v["dataElement"], body["period"], body["orgUnit"], v.get("categoryOptionCombo", ""))
            if v["value"] in ("", "0"):
                if key in store:
                    del store[key]
                    counts["deleted"] += 1
                else:
                    counts["ignored"] += 1
            elif key in store:
                counts["updated"] += 1
                store[key] = v["value"]
            else:
                counts["imported"] += 1
                store[key] = v["value"]
        if not dry:
            State.store = store
        summary = {"responseType": "ImportSummary", "status": "WARNING" if conflicts else "SUCCESS",
                   "importOptions": dict(OPTIONS, dryRun=dry),
                   "description": "Import process completed successfully",
                   "importCount": counts, "dataSetComplete": body["completeDate"]}
        if conflicts:
            summary["conflicts"] = conflicts
            summary["rejectedIndexes"] = [c["indexes"][0] for c in conflicts]
        if a.reply == "bare":
            return self.reply(200, summary)
        if conflicts:
            return self.reply(409, web_message(409, "WARNING", "One more conflicts encountered, please check import summary.",
                                               summary))
        self.reply(200, web_message(200, "OK", "Import was successful.", summary))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port-file", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", default="district")
    p.add_argument("--reply", choices=["success", "conflict", "error", "bare"], default="success")
    p.add_argument("--refuse", action="append")
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--max-requests", type=int, default=4)
    p.add_argument("--timeout", type=int, default=60)
    a = p.parse_args()
    signal.signal(signal.SIGALRM, lambda *_: sys.exit(3))
    signal.alarm(a.timeout)
    srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    srv.args = a
    srv.timeout = a.timeout
    if a.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.tls[0], a.tls[1])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    with open(a.port_file + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    import os
    os.rename(a.port_file + ".tmp", a.port_file)
    while State.served < a.max_requests:
        srv.handle_request()
    srv.server_close()


if __name__ == "__main__":
    main()
