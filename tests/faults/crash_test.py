#!/usr/bin/env python3
"""Crash test: cordiald is killed with SIGKILL at random moments while clients write;
after each restart nothing acknowledged may be lost and nothing half-written may exist.

Each round:
  1. cordial-crash write: four connections create and update customers and their
     contacts over the real protocol, journaling each write before it is sent and
     each acknowledgement (fsync'd) when its reply comes;
  2. after a random pause, SIGKILL to cordiald (in about a fifth of the rounds it is
     killed once more while it restarts);
  3. cordiald restarts; cordial-crash check compares the database with the journal
     (acknowledged versions present, whole, with their audit and search rows; writes
     in flight at the kill either done or not; nothing else); `cordialctl check`
     (PRAGMA integrity_check on SQLite) and `cordialctl audit verify` must pass.

    crash_test.py --bin-dir BUILD/bin [--rounds 50] [--seed S] [--keep]

With CORDIAL_TEST_PG_FILE naming a file that holds the URL of a PostgreSQL
maintenance database (tests/integration/pg_cluster.sh start DIR writes DIR/url), the
server runs on a fresh database of that cluster instead of SQLite. Only cordiald is
killed, never PostgreSQL. See docs/reliability.md.
"""
import argparse
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

ADMIN = "admin"
PASSWORD = "admin-pass-123"


class Failure(Exception):
    pass


def tail(path, lines=40):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


class Server:
    """One cordiald on a random loopback port; stderr appended to a log file."""

    def __init__(self, bin_dir, data_dir, database, log_path):
        self.args = [os.path.join(bin_dir, "cordiald"), "--data-dir", data_dir, "--listen", "127.0.0.1:0"]
        if database:
            self.args += ["--database", database]
        self.log_path = log_path
        self.proc = None
        self.port = None

    def spawn(self):
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log)

    def start(self):
        self.spawn()
        deadline = time.monotonic() + 60
        out = b""
        fd = self.proc.stdout.fileno()
        while b"\n" not in out:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                self.kill()
                raise Failure("cordiald did not start:\n" + tail(self.log_path))
            out += chunk
        line = out.split(b"\n")[0].decode()
        if not line.startswith("listening on "):
            raise Failure("cordiald printed %r instead of its address" % line)
        self.port = int(line.rsplit(":", 1)[1])

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc:
            self.proc.wait()
            self.proc.stdout.close()
        self.proc = None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                raise Failure("cordiald did not stop within 30 s of SIGTERM")
        self.kill()


def run(args, what, stdin=None, timeout=300):
    p = subprocess.run(args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if p.returncode != 0:
        raise Failure("%s failed (exit %d):\n%s%s" % (what, p.returncode, p.stdout.decode(errors="replace"),
                                                      p.stderr.decode(errors="replace")))
    return p.stdout.decode()


def run_all(commands, timeout=300):
    """Runs (args, what) pairs at once; their outputs, or a Failure naming the first that failed."""
    procs = [(subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE), what) for args, what in commands]
    results = [(p.communicate(timeout=timeout), p.returncode, what) for p, what in procs]
    for (out, err), code, what in results:
        if code != 0:
            raise Failure("%s failed (exit %d):\n%s%s" % (what, code, out.decode(errors="replace"),
                                                          err.decode(errors="replace")))
    return [out.decode() for (out, _), _, _ in results]


def postgres_database():
    """A fresh database in the cluster named by CORDIAL_TEST_PG_FILE, or None for SQLite."""
    url_file = os.environ.get("CORDIAL_TEST_PG_FILE")
    if not url_file:
        return None
    try:
        with open(url_file) as f:
            base = f.read().strip()
    except OSError:
        base = ""
    # The PostgreSQL test must never quietly run on SQLite.
    if not base:
        raise Failure("CORDIAL_TEST_PG_FILE=%s names no PostgreSQL URL: is the pg_cluster fixture running?" % url_file)
    name = "cordial_crash_%d_%d" % (os.getpid(), int(time.time()))
    run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", base, "-c", "CREATE DATABASE " + name], "CREATE DATABASE")
    return base, urllib.parse.urlsplit(base)._replace(path="/" + name).geturl(), name


# What a server that loses or tears writes could leave behind, and what the checker
# must then say (--self-test, SQLite): a checker that passes everything would make
# the crash test pass without proving anything.
TAMPERING = [
    ("UPDATE customers SET version = version + 1 WHERE id = (SELECT MAX(id) FROM customers)", "was acknowledged"),
    ("UPDATE customers SET notes = 'torn' WHERE id = (SELECT MIN(id) FROM customers)", "its version wants"),
    ("UPDATE contacts SET title = 'torn' WHERE id = (SELECT MIN(id) FROM contacts)", "its version wants"),
    ("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log WHERE entity = 'customer')", "audit rows"),
    ("UPDATE audit_log SET after_image = replace(after_image, '\"employees\":', '\"employees\":9') "
     "WHERE id = (SELECT MAX(id) FROM audit_log WHERE entity = 'customer')", "the last audit row"),
    ("DELETE FROM contacts WHERE id = (SELECT MAX(id) FROM contacts)", "is missing"),
    ("DELETE FROM customers WHERE id = (SELECT MIN(id) FROM customers)", "does not exist"),
    ("DELETE FROM customer_search_tri WHERE rowid = (SELECT MIN(id) FROM customers)", "search row"),
    ("INSERT INTO customers (name, department_id, created_at, updated_at) VALUES ('崩溃客户 r0w0n0', 1, 0, 0)",
     "never sent"),
]


def self_test(crash, data_dir, journal, work):
    """Every kind of damage in TAMPERING, made to a copy of the database, fails the checker."""
    import sqlite3
    for sql, expected in TAMPERING:
        copy = os.path.join(work, "tampered")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(data_dir, os.path.join(copy, "data"))
        shutil.copy(journal, os.path.join(copy, "journal.jsonl"))
        db = sqlite3.connect(os.path.join(copy, "data", "cordial.db"))
        changed = db.execute(sql).rowcount
        db.commit()
        db.close()
        if changed != 1:
            raise Failure("self-test: %r changed %d rows, not 1" % (sql, changed))
        p = subprocess.run([crash, "check", "--data-dir", os.path.join(copy, "data"),
                            "--journal", os.path.join(copy, "journal.jsonl")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        said = p.stderr.decode(errors="replace")
        if p.returncode != 1 or expected not in said:
            raise Failure("self-test: after %r the checker exited %d and said:\n%s(expected a problem with %r)"
                          % (sql, p.returncode, said, expected))
    print("self-test: the checker found each of %d kinds of damage" % len(TAMPERING))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin-dir", required=True, help="the build's bin directory (cordiald, cordialctl, cordial-crash)")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, help="random seed (default: from the clock; printed)")
    parser.add_argument("--min-kill-ms", type=int, default=0, help="shortest pause between writing and the kill")
    parser.add_argument("--max-kill-ms", type=int, default=700, help="longest pause between writing and the kill")
    parser.add_argument("--full-every", type=int, default=25,
                        help="read every record whole every N rounds (else only those written in the round)")
    parser.add_argument("--keep", action="store_true", help="keep the data directory and journal")
    parser.add_argument("--work-dir", help="where to make the run's temporary directory (default: the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="after the rounds, damage copies of the database and expect the checker to fail (SQLite)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time() * 1000) % 1000000
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="cordial-crash-", dir=args.work_dir)
    data_dir = os.path.join(work, "data")
    journal = os.path.join(work, "journal.jsonl")
    token_file = os.path.join(work, "token")
    log_path = os.path.join(work, "cordiald.log")
    crash = os.path.join(args.bin_dir, "cordial-crash")
    ctl = [os.path.join(args.bin_dir, "cordialctl"), "--data-dir", data_dir]
    figures = {"acknowledged": 0, "in_flight": 0, "applied": 0, "not_applied": 0, "restart_kills": 0}
    server = None
    pg = None
    started = time.monotonic()
    try:
        pg = postgres_database()
        database = pg[1] if pg else ""
        backend = "postgresql" if pg else "sqlite"
        if database:
            ctl += ["--database", database]
        run(ctl + ["init", "--admin", ADMIN, "--name", "崩溃测试"], "cordialctl init", stdin=(PASSWORD + "\n").encode())
        server = Server(args.bin_dir, data_dir, database, log_path)
        server.start()
        for round_no in range(1, args.rounds + 1):
            writer = subprocess.Popen(
                [crash, "write", "--server", "127.0.0.1:%d" % server.port, "--journal", journal,
                 "--token-file", token_file, "--round", str(round_no), "--seed", str(seed),
                 "--password", PASSWORD] + (["--setup"] if round_no == 1 else []),
                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            line = writer.stdout.readline().decode().strip()
            if line != "writing":
                writer.kill()
                raise Failure("round %d: the writer did not start writing:\n%s" % (round_no, writer.stderr.read().decode()))
            time.sleep(rng.uniform(args.min_kill_ms / 1000.0, args.max_kill_ms / 1000.0))
            server.kill()
            try:
                out, err = writer.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                writer.kill()
                raise Failure("round %d: the writer did not notice the server's death within 60 s" % round_no)
            if writer.returncode != 0:
                raise Failure("round %d: the writer failed:\n%s" % (round_no, err.decode(errors="replace")))
            wrote = json.loads(out.decode().strip().splitlines()[-1])
            figures["acknowledged"] += wrote["acknowledged"]
            if rng.random() < 0.2:
                # Killed again while it starts: opening the database, recovering the WAL.
                figures["restart_kills"] += 1
                server.spawn()
                time.sleep(rng.uniform(0, 0.6))
                server.kill()
            server.start()
            full = round_no == args.rounds or round_no % args.full_every == 0
            # The three read the database side by side: none of them writes to it.
            checks = run_all([
                ([crash, "check", "--data-dir", data_dir, "--journal", journal,
                  "--since-round", "0" if full else str(round_no)] + (["--database", database] if database else []),
                 "round %d: cordial-crash check" % round_no),
                (ctl + ["check"], "round %d: cordialctl check" % round_no),
                (ctl + ["audit", "verify"], "round %d: cordialctl audit verify" % round_no),
            ])
            checked = json.loads(checks[0].strip().splitlines()[-1])
            for key in ("in_flight", "applied", "not_applied"):
                figures[key] += checked[key]
            print("round %d: %d writes acknowledged, %d in flight at the kill (%d done); %d customers, %d contacts"
                  % (round_no, wrote["acknowledged"], checked["in_flight"], checked["applied"],
                     checked["customers"], checked["contacts"]), flush=True)
        server.stop()
        run(ctl + ["check"], "cordialctl check after the last stop")
        if args.self_test:
            if pg:
                raise Failure("--self-test damages an SQLite database; run it without CORDIAL_TEST_PG_FILE")
            self_test(crash, data_dir, journal, work)
        elapsed = time.monotonic() - started
        print("crash test (%s, seed %d): %d rounds in %.0f s, %d writes acknowledged and all found; "
              "%d writes in flight at a kill: %d done whole, %d not at all; %d more kills while restarting"
              % (backend, seed, args.rounds, elapsed, figures["acknowledged"], figures["in_flight"],
                 figures["applied"], figures["not_applied"], figures["restart_kills"]))
    except Exception as e:  # a Failure, a time-out, or a harness error: the server must not outlive it
        print("crash test FAILED (seed %d): %s: %s" % (seed, type(e).__name__, e), file=sys.stderr)
        print("server log (last lines):\n" + tail(log_path), file=sys.stderr)
        print("kept for inspection: " + work, file=sys.stderr)
        if server:
            server.kill()
        return 1
    if pg:
        run(["psql", "-X", "-q", "-d", pg[0], "-c", "DROP DATABASE " + pg[2]], "DROP DATABASE")
    if args.keep:
        print("kept: " + work)
    else:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
