#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""writers.py: which functions of db/ change the register, derived from the
source, and which front-end files call them.

    writers.py TOP --list              the public writers (declared in db/*.h), one a line
    writers.py TOP --check DIR...      every call of a writer or transaction function in
                                       DIR/*.[ch], as "file:line: name"; exit 1 if any

A function of db/*.c is a writer when its body holds an SQL text that
changes the database (a string literal starting with INSERT, UPDATE,
DELETE, REPLACE, CREATE, DROP, ALTER, BEGIN or COMMIT), puts a file in
place (rename, or fs_publish_commit of platform/fs.h), or calls another
writer of db/;
the call graph is followed to a fixed point. The transaction functions
(db_tx_*, db_begin, db_commit, db_rollback) count as writers whatever
their body. Comments and string literals of the checked files are ignored.
"""
import os
import re
import sys

WRITE_SQL = re.compile(r'"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|BEGIN|COMMIT)\b')
CALL = re.compile(r'\b([A-Za-z_][A-Za-z0-9_]*)\s*\(')
DEF = re.compile(r'^([A-Za-z_][A-Za-z0-9_]*)\(')
TRANSACTION = re.compile(r'^db_(tx_[a-z_]+|begin|commit|rollback)$')
DECL = re.compile(r'\b(db_[a-z0-9_]+)\s*\(')


def strip_comments(text):
    """text with /* */ and // comments blanked, newlines kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text[i] in '"\'':
            q, j = text[i], i + 1
            while j < n and text[j] != q:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def strip_strings(text):
    """text (comments already blanked) with string and character literals blanked."""
    return re.sub(r'"(\\.|[^"\\\n])*"|\'(\\.|[^\'\\\n])*\'', lambda m: ' ' * len(m.group(0)), text)


def functions(path):
    """{name: body} of the functions defined in a C file of the project's style."""
    lines = strip_comments(open(path, encoding='utf-8').read()).split('\n')
    found, i = {}, 0
    while i < len(lines):
        m = DEF.match(lines[i])
        if m and not lines[i].rstrip().endswith(';'):
            j = i
            while j < len(lines) and lines[j] != '{':
                j += 1
            k = j
            while k < len(lines) and lines[k] != '}':
                k += 1
            found[m.group(1)] = '\n'.join(lines[j:k + 1])
            i = k
        i += 1
    return found


def writers(top):
    """The writers of db/ (every function, static ones included)."""
    bodies = {}
    for name in sorted(os.listdir(os.path.join(top, 'db'))):
        if name.endswith('.c'):
            bodies.update(functions(os.path.join(top, 'db', name)))
    calls = {f: set(CALL.findall(strip_strings(b))) for f, b in bodies.items()}
    found = {f for f, b in bodies.items()
             if WRITE_SQL.search(b) or re.search(r'\b(rename|fs_publish_commit)\s*\(', strip_strings(b)) or TRANSACTION.match(f)}
    while True:
        more = {f for f, c in calls.items() if f not in found and c & found}
        if not more:
            return found
        found |= more


def public(top):
    """Names of the functions declared in db/*.h."""
    names = set()
    for name in os.listdir(os.path.join(top, 'db')):
        if name.endswith('.h'):
            text = strip_strings(strip_comments(open(os.path.join(top, 'db', name), encoding='utf-8').read()))
            names |= set(DECL.findall(text))
    return names


def check(top, dirs, bad):
    """Print each call in dirs of a name in bad; the number of calls."""
    count = 0
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(d, name)
            text = strip_strings(strip_comments(open(path, encoding='utf-8').read()))
            for no, line in enumerate(text.split('\n'), 1):
                for call in CALL.findall(line):
                    if call in bad or call.startswith('db_tx_'):
                        print('%s:%d: %s' % (os.path.relpath(path, top), no, call))
                        count += 1
    return count


def main(argv):
    top = argv[1]
    listed = sorted(writers(top) & public(top))
    if argv[2] == '--list':
        print('\n'.join(listed))
        return 0
    return 1 if check(top, argv[3:], set(listed)) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
