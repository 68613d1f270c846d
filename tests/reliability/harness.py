#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crosscheck's reliability harness: what a crash, a damaged file or a hostile input does to a
project, measured on the real crosscheck-cli.

  harness.py --cli build/app/crosscheck-cli [--quick | --kills N --mutants N] [--seed S]

Parts (each prints one summary line; the exit status is 1 when any check failed):
  kills    kill -9 at a random moment of import, analyze --full, suggest --apply-above and
           import-annotations; then the project must open at once (no "damaged"), pass
           integrity_check and foreign_key_check, keep every source it had before, and take a
           writer again (the crashed run's lock is taken over).
  mutants  bit flips, truncation, header fields, zeroed and duplicated pages, journals beside
           the file, hostile schema objects and nonsense rows; `sources` on each must end within
           10 s with either the list or a one-line message, and never change the file.
  hostile  hostile inputs to the importers (deep nesting, unclosed tags, many attributes, a
           REFI-QDA bomb, a pipe, a device link): each must end with a message within 5 s under
           a 2 GB memory limit, leave the project as it was and nothing half-made behind.
The power-cut emulation is tests/storage/tst_hardening (powerCut*; CROSSCHECK_POWERCUT_CYCLES
sets the number of cycles).
"""
import argparse
import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

FAILURES = []
CHECKED = [0]  # items checked: kill runs, mutants, hostile inputs


def fail(what):
    FAILURES.append(what)
    print("FAIL:", what, file=sys.stderr)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


SLOW = 5.0  # seconds a hostile input may take (more under a sanitizer)
MEMORY_LIMIT = True  # off for sanitizer builds, which reserve terabytes of address space


def run(cli, args, timeout=60, limit_mb=None):
    def limits():
        if limit_mb and MEMORY_LIMIT:
            resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))
    start = time.monotonic()
    try:
        p = subprocess.run([cli] + args, capture_output=True, text=True, timeout=timeout,
                           preexec_fn=limits, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        return p.returncode, p.stdout, p.stderr, time.monotonic() - start
    except subprocess.TimeoutExpired:
        return None, "", "", time.monotonic() - start


def source_count(path):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        return con.execute("SELECT count(*) FROM source").fetchone()[0]
    finally:
        con.close()


def articles(folder, n, seed):
    os.makedirs(folder, exist_ok=True)
    rnd = random.Random(seed)
    words = ("harbour tanker coastguard spill minister said officials booms oil shore "
             "estimated tonnes Tuesday report vessel crew captain agency statement").split()
    for i in range(n):
        with open(os.path.join(folder, "a%04d.txt" % i), "w") as f:
            f.write("Report %d from the harbour\n\n" % i)
            for _ in range(8):
                f.write(" ".join(rnd.choice(words) for _ in range(60)) + ".\n\n")


# --- kills ----------------------------------------------------------------------------------

def kills(cli, work, n, rnd):
    base = os.path.join(work, "base.crosscheck")
    run(cli, ["sample", base])
    articles(os.path.join(work, "base-articles"), 40, 2)
    run(cli, ["import", base, os.path.join(work, "base-articles")])
    run(cli, ["analyze", base])
    # Annotations to import again: the sample's suggestions, applied in a copy.
    tagged = os.path.join(work, "tagged.crosscheck")
    shutil.copy(base, tagged)
    run(cli, ["suggest", tagged, "--apply-above", "0.3"], timeout=300)
    ann = os.path.join(work, "annotations.jsonld")
    run(cli, ["export", tagged, "--format", "w3c", "-o", ann])
    folder = os.path.join(work, "kill-articles")
    articles(folder, 150, 1)
    commands = [
        lambda p: ["import", p, folder],
        lambda p: ["analyze", p, "--full"],
        lambda p: ["suggest", p, "--apply-above", "0.3"],
        lambda p: ["import-annotations", p, ann],
    ]
    # How long each write takes here, unkilled: kills land anywhere within that time.
    duration = []
    for make in commands:
        p = os.path.join(work, "timing.crosscheck")
        shutil.copy(base, p)
        _, _, _, secs = run(cli, make(p), timeout=600)
        duration.append(max(0.05, secs))
        os.remove(p)
    stats = dict(runs=0, killed=0, damaged=0, corrupt=0, lost=0, relock=0)
    for i in range(n):
        p = os.path.join(work, "kill-%d.crosscheck" % i)
        shutil.copy(base, p)
        before = source_count(p)
        cmd = commands[i % len(commands)](p)
        proc = subprocess.Popen([cli] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        time.sleep(rnd.uniform(0.02, duration[i % len(commands)]))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            stats["killed"] += 1
        proc.wait()
        stats["runs"] += 1
        CHECKED[0] += 1
        rc, out, err, _ = run(cli, ["sources", p], timeout=30)
        if rc != 0 or "damaged" in err:
            stats["damaged"] += 1
            fail("kill %d (%s): sources says %r" % (i, cmd[0], err.strip()))
            continue
        # A writer again (recovers the hot journal in place; takes the stale lock over).
        rc, out, err, _ = run(cli, ["import", p, os.path.join(folder, "a0000.txt")], timeout=30)
        if rc != 0 and "already in the project" not in out + err:
            stats["relock"] += 1
            fail("kill %d (%s): cannot write afterwards: %r" % (i, cmd[0], err.strip()))
        con = sqlite3.connect(p)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and \
                not con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
        if not ok:
            stats["corrupt"] += 1
            fail("kill %d (%s): integrity or foreign keys broken" % (i, cmd[0]))
        if source_count(p) < before:
            stats["lost"] += 1
            fail("kill %d (%s): sources lost" % (i, cmd[0]))
        os.remove(p)
    print("kills (%s s unkilled): " % "/".join("%.2f" % d for d in duration) +
          "%(runs)d runs, %(killed)d killed mid-write; %(damaged)d called damaged, "
          "%(corrupt)d corrupt, %(lost)d lost data, %(relock)d could not write again" % stats)


# --- mutants --------------------------------------------------------------------------------

def bodies(path):
    """Every source's text by id, as SQLite itself reads the file (a journal beside it rolled
    back, in a scratch copy); None if it cannot be read."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "copy.crosscheck")
        shutil.copy(path, copy)
        if os.path.exists(path + "-journal"):
            shutil.copy(path + "-journal", copy + "-journal")
        try:
            con = sqlite3.connect(copy)
            try:
                return dict(con.execute("SELECT id, body FROM source").fetchall())
            finally:
                con.close()
        except sqlite3.Error:
            return None


def hostile_schema(path, statement):
    con = sqlite3.connect(path)
    con.executescript(statement)
    con.close()


def mutants(cli, work, n, rnd):
    base = os.path.join(work, "mutant-base.crosscheck")
    run(cli, ["sample", base])
    run(cli, ["analyze", base])
    data = open(base, "rb").read()
    page = 4096
    schema = [
        "CREATE TRIGGER zz AFTER INSERT ON edit_log BEGIN DELETE FROM mention; END;",
        "CREATE VIEW v AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r) "
        "SELECT i FROM r;",
        "PRAGMA foreign_keys=OFF; ALTER TABLE source RENAME TO s2; CREATE VIEW source AS "
        "SELECT * FROM s2;",
        "CREATE INDEX extra ON edit_log(author);",
        "DROP TRIGGER source_body_immutable;",
        "INSERT INTO mention (source_id, start_pos, end_pos, entity_id, author, created) "
        "VALUES (1, 999990, 999999, 1, 'x', 'now');",
    ]
    original = bodies(base)
    stats = dict(total=0, crash=0, hang=0, opened=0, message=0, multiline=0, changed=0, silent=0)
    for i in range(n):
        p = os.path.join(work, "mutant-%d.crosscheck" % i)
        kind = i % 8
        b = bytearray(data)
        if kind == 0:  # bit flips
            for _ in range(rnd.randint(1, 20)):
                at = rnd.randrange(len(b))
                b[at] ^= 1 << rnd.randrange(8)
        elif kind == 1:  # truncation
            b = b[:rnd.randrange(100, len(b))]
        elif kind == 2:  # header fields
            at = rnd.choice([16, 18, 19, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96])
            b[at:at + 4] = rnd.randbytes(4)
        elif kind == 3:  # a zeroed page
            pg = rnd.randrange(1, len(b) // page)
            b[pg * page:(pg + 1) * page] = bytes(page)
        elif kind == 4:  # a duplicated page
            a, c = rnd.randrange(1, len(b) // page), rnd.randrange(1, len(b) // page)
            b[c * page:(c + 1) * page] = b[a * page:(a + 1) * page]
        with open(p, "wb") as f:
            f.write(b)
        if kind == 5:  # a journal of another database beside it
            other = os.path.join(work, "other-%d.crosscheck" % i)
            shutil.copy(base, other)
            con = sqlite3.connect(other, isolation_level=None)
            # Another database: one more committed edit than the mutant's copy, then a crash.
            con.execute("INSERT INTO edit_log (at, author, action) VALUES ('t', 'a', 'other')")
            con.execute("PRAGMA cache_size=5")
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO edit_log (at, author, action, details) SELECT 't', 'a', "
                        "'x', hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                        "ALL SELECT i+1 FROM n WHERE i < 2000) SELECT i FROM n)")
            shutil.copy(other + "-journal", p + "-journal")
            con.execute("ROLLBACK")
            con.close()
            os.remove(other)
        elif kind in (6, 7):  # hostile schema objects, nonsense rows
            hostile_schema(p, schema[(i // 8) % len(schema)])
        before = sha(p)
        stats["total"] += 1
        CHECKED[0] += 1
        rc, out, err, _ = run(cli, ["sources", p], timeout=10)
        if rc is None:
            stats["hang"] += 1
            fail("mutant %d (kind %d): no answer within 10 s" % (i, kind))
        elif rc < 0:
            stats["crash"] += 1
            fail("mutant %d (kind %d): crashed with signal %d" % (i, kind, -rc))
        elif rc == 0:
            stats["opened"] += 1
            # Opened: an export (which reads every source's text) must either refuse, naming
            # the damage, or hand on exactly the original texts — never changed text silently.
            out = p + ".jsonld"
            erc, _, eerr, _ = run(cli, ["export", p, "--format", "w3c", "-o", out], timeout=10)
            if erc == 0 and bodies(p) != original:
                stats["silent"] += 1
                fail("mutant %d (kind %d): exported changed source text without a word" % (i, kind))
            elif erc is None or erc < 0:
                stats["crash" if erc is not None else "hang"] += 1
                fail("mutant %d (kind %d): export crashed or hung" % (i, kind))
            if os.path.exists(out):
                os.remove(out)
        else:
            stats["message"] += 1
            if len(err.strip().splitlines()) != 1:
                stats["multiline"] += 1
                fail("mutant %d (kind %d): %d lines: %r" % (i, kind,
                                                            len(err.strip().splitlines()), err))
        if sha(p) != before:
            stats["changed"] += 1
            fail("mutant %d (kind %d): the file was changed" % (i, kind))
        for f in (p, p + "-journal"):
            if os.path.exists(f):
                os.remove(f)
    print("mutants: %(total)d; %(crash)d crashes, %(hang)d hangs, %(opened)d opened, "
          "%(message)d refused with a message (%(multiline)d not one line), %(changed)d changed, "
          "%(silent)d exported changed text silently" % stats)


# --- hostile inputs -------------------------------------------------------------------------

def hostile(cli, work):
    folder = os.path.join(work, "hostile")
    os.makedirs(folder)
    inputs = {
        "nested-div.html": "<html><body>" + "<div>" * 100000 + "text" + "</div>" * 100000,
        "nested-article.html": "<html><body>" + "<article>" * 100000 + "x",
        "unclosed.html": "<html><body>" + "<span><b><i>" * 35000 + "x",
        "attributes.html": "<html><body><p " + " ".join("a%d=1" % i for i in range(1000000))
                           + ">text</p>",
        "binary.txt": "\x00\x01\x02" * 1000,
    }
    for name, text in inputs.items():
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)
    # A PDF whose one content stream inflates to 1 GB of zeros.
    z = zlib.compressobj(9)
    bomb = b"".join(z.compress(bytes(1 << 20)) for _ in range(1024)) + z.flush()
    with open(os.path.join(folder, "bomb.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n")
        f.write(b"4 0 obj << /Length " + str(len(bomb)).encode() +
                b" /Filter /FlateDecode >>\nstream\n" + bomb +
                b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    os.mkfifo(os.path.join(folder, "pipe.txt"))
    os.symlink("/dev/zero", os.path.join(folder, "zero.txt"))
    # REFI-QDA: nested codes, and one inline text over the limit.
    qde = ('<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook>'
           '<Codes>' + '<Code guid="a" name="c" isCodable="true">' * 100000 + '</Codes>'
           '</CodeBook></Project>')
    with zipfile.ZipFile(os.path.join(work, "nested.qdpx"), "w") as z:
        z.writestr("project.qde", qde)
    big = ('<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>'
           '<TextSource guid="s" name="s"><PlainTextContent>' + "x" * (20 << 20) +
           '</PlainTextContent></TextSource></Sources></Project>')
    with zipfile.ZipFile(os.path.join(work, "bigtext.qdpx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", big)

    project = os.path.join(work, "hostile.crosscheck")
    run(cli, ["new", project])
    stats = dict(total=0, slow=0, crash=0, imported=0)
    for name in sorted(os.listdir(folder)):
        before = sha(project)
        rc, out, err, secs = run(cli, ["import", project, os.path.join(folder, name)],
                                 timeout=20, limit_mb=2048)
        stats["total"] += 1
        CHECKED[0] += 1
        if rc is None or secs > SLOW:
            stats["slow"] += 1
            fail("hostile %s: %s after %.1f s" % (name, "no answer" if rc is None else "done",
                                                  secs))
        elif rc < 0:
            stats["crash"] += 1
            fail("hostile %s: crashed with signal %d" % (name, -rc))
        elif rc == 0:
            stats["imported"] += 1
            fail("hostile %s: imported" % name)
        elif sha(project) != before:
            fail("hostile %s: refused, but the project changed" % name)
    for name in ("nested.qdpx", "bigtext.qdpx"):
        target = os.path.join(work, name + ".crosscheck")
        rc, out, err, secs = run(cli, ["import-qdpx", os.path.join(work, name), target],
                                 timeout=20, limit_mb=2048)
        stats["total"] += 1
        CHECKED[0] += 1
        if rc is None or secs > SLOW or (rc is not None and rc < 0):
            stats["slow" if rc is None or secs > SLOW else "crash"] += 1
            fail("hostile %s: rc %s after %.1f s" % (name, rc, secs))
        leftovers = [f for f in os.listdir(work) if f.startswith(name + ".crosscheck")]
        if leftovers:
            fail("hostile %s: left behind %s" % (name, leftovers))
    print("hostile: %(total)d inputs; %(slow)d over 5 s, %(crash)d crashes, %(imported)d imported"
          % stats)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--quick", action="store_true", help="a bounded run for ctest")
    ap.add_argument("--kills", type=int, default=400)
    ap.add_argument("--mutants", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--no-memory-limit", action="store_true",
                    help="for ASan builds: no address-space limit on the hostile inputs")
    args = ap.parse_args()
    global MEMORY_LIMIT, SLOW
    MEMORY_LIMIT = not args.no_memory_limit
    if args.no_memory_limit:
        SLOW = 30.0
    if args.quick:
        args.kills, args.mutants = 12, 48
    rnd = random.Random(args.seed)
    print("seed %d" % args.seed)
    cpu = time.process_time()
    with tempfile.TemporaryDirectory() as work:
        kills(args.cli, work, args.kills, rnd)
        mutants(args.cli, work, args.mutants, rnd)
        hostile(args.cli, work)
    print("harness: %d problem(s), %.1f s of CPU in the harness itself"
          % (len(FAILURES), time.process_time() - cpu))
    failed = min(len(FAILURES), CHECKED[0])
    print("harness: %d passed, %d failed" % (CHECKED[0] - failed, failed))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
