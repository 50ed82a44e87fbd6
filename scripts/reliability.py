#!/usr/bin/env python3
"""Proof that nothing is lost and nothing leaks. Each part is bounded in time and prints one
figure line. Usage: scripts/reliability.py RUJUK_BINARY [part ...]
Parts: writers, kill9, kill9queue, crashpoints, damage, hostile, storm, latency, fulldisk (default: all)."""
import json, os, random, shutil, signal, subprocess, sys, tempfile, threading, time

BIN = os.path.abspath(sys.argv[1])
PARTS = sys.argv[2:] or ["writers", "kill9", "kill9queue", "crashpoints", "damage", "hostile", "storm", "latency", "fulldisk"]
ROOT = tempfile.mkdtemp(prefix="rujuk-reliability-")
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "testdata", "JSONTestSuite", "test_parsing")
ENV = dict(os.environ, LANG="C.UTF-8")
ENV.pop("RUJUK_STORE", None)
failures = []
SEED = int(os.environ.get("RUJUK_RELIABILITY_SEED", "7"))
random.seed(SEED)  # the same cuts, kills and keys every run; set the variable to explore


def rujuk(store, *args, env=None, timeout=30, stdin=None):
    return subprocess.run([BIN, *args, "--store", store], capture_output=True, text=True, timeout=timeout,
                          env=env or ENV, input=stdin)


def fresh(name):
    store = os.path.join(ROOT, name)
    shutil.rmtree(store, ignore_errors=True)
    r = rujuk(store, "init", "--demo")
    assert r.returncode == 0, r.stderr
    return store


def snapshot_files(store):
    out = {}
    for d, _, files in os.walk(store):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, store)] = fh.read()
    return out


def thread(store, number, who="budi"):
    r = rujuk(store, "thread", str(number), "--as", who, "--json")
    return json.loads(r.stdout) if r.returncode == 0 else None


def check(condition, what):
    if not condition:
        failures.append(what)
        print("  FAILED: " + what, flush=True)


# 1. Concurrent writers ------------------------------------------------------------------------
def part_writers(seconds=30, writers=20):
    store = fresh("writers")
    acks_dir = os.path.join(ROOT, "acks")
    os.makedirs(acks_dir, exist_ok=True)
    deadline = time.time() + seconds
    reader_errors = []

    def writer(w):
        who = "budi" if w % 2 == 0 else "sari"
        with open(os.path.join(acks_dir, f"{w}.txt"), "w") as acks:
            i = 0
            while time.time() < deadline:
                op = random.random()
                if op < 0.7:
                    text = f"w{w}-{i}"
                    if rujuk(store, "reply", "4", text, "--as", who).returncode == 0:
                        acks.write(f"reply {text}\n"); acks.flush()
                elif op < 0.9:
                    note = f"flag w{w}-{i}"
                    r = rujuk(store, "flag", f"s{(w * 7 + i) % 270 + 1:04d}", "--note", note, "--as", "sari", "--json")
                    if r.returncode == 0:
                        acks.write(f"flag {json.loads(r.stdout)['number']} {note}\n"); acks.flush()
                else:
                    q = json.loads(rujuk(store, "queue", "--unclaimed", "--as", "budi", "--json").stdout or "[]")
                    if q and rujuk(store, "pickup", str(q[0]["number"]), "--as", "budi").returncode == 0:
                        acks.write(f"pickup {q[0]['number']}\n"); acks.flush()
                i += 1

    def reader():
        while time.time() < deadline:
            r = rujuk(store, "queue", "--all", "--as", "budi", "--json")
            if r.returncode != 0:
                reader_errors.append(r.stderr.strip())
            time.sleep(0.05)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)] + [threading.Thread(target=reader)]
    for t in threads: t.start()
    for t in threads: t.join()

    acked = lost = duplicated = 0
    messages = [m["text"] for m in thread(store, 4)]
    shows = {}
    for w in range(writers):
        order = []
        for line in open(os.path.join(acks_dir, f"{w}.txt")):
            kind, rest = line.rstrip("\n").split(" ", 1)
            acked += 1
            if kind == "reply":
                n = messages.count(rest)
                lost += n == 0
                duplicated += max(0, n - 1)
                if n: order.append(messages.index(rest))
            elif kind == "flag":
                number, note = rest.split(" ", 1)
                if number not in shows:
                    shows[number] = json.loads(rujuk(store, "show", number, "--as", "budi", "--json").stdout)
                n = [f["saw"] for f in shows[number]["flagged"]].count(note)
                lost += n == 0
                duplicated += max(0, n - 1)
            else:
                if rest not in shows:
                    shows[rest] = json.loads(rujuk(store, "show", rest, "--as", "budi", "--json").stdout)
                lost += shows[rest]["assignee"] is None
        check(order == sorted(order), f"writer {w}'s replies are out of order")
    check(rujuk(store, "check").returncode == 0, "check after writers")
    check(not reader_errors, f"readers saw {len(reader_errors)} errors: {reader_errors[:2]}")
    check(lost == 0 and duplicated == 0, "writers: lost or duplicated")
    print(f"writers: {writers}, acknowledged {acked}, lost {lost}, duplicated {duplicated}, reader errors {len(reader_errors)}", flush=True)


# 2. kill -9 at random moments ----------------------------------------------------------------
def part_kill9(rounds=200):
    store = fresh("kill9")
    acked, reopened, lost = [], 0, 0
    for r in range(rounds):
        text = f"k{r}"
        p = subprocess.Popen([BIN, "reply", "5", text, "--store", store, "--as", "budi"], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0, 0.03))
        p.send_signal(signal.SIGKILL)
        if p.wait() == 0:
            acked.append(text)
        opened = rujuk(store, "queue", "--as", "budi")
        reopened += opened.returncode == 0
        if r % 20 == 19 or r == rounds - 1:
            texts = [m["text"] for m in thread(store, 5) or []]
            lost = sum(1 for t in acked if t not in texts)
    check(reopened == rounds and lost == 0, "kill -9")
    check(rujuk(store, "check").returncode == 0, "check after kill -9")
    print(f"kill -9: {rounds} rounds, {reopened} reopened, {len(acked)} acknowledged, lost {lost}", flush=True)


# 2b. kill -9 among writers waiting in the append queue -----------------------------------------
def part_kill9queue(rounds=40, writers=8):
    """Eight replies at once, half of the writers killed at random moments: a writer may die
    while its reply waits for the lock's holder, or while it holds the lock with colleagues'
    replies in its batch. Every acknowledged reply is there once, none is there twice."""
    store = fresh("kill9queue")
    acked, sent, reopened = [], [], 0
    for r in range(rounds):
        procs = []
        for w in range(writers):
            text = f"q{r}-{w}"
            sent.append(text)
            procs.append((text, subprocess.Popen([BIN, "reply", "5", text, "--store", store, "--as", "budi"], env=ENV,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))
        time.sleep(random.uniform(0.02, 0.15))
        for _, p in random.sample(procs, writers // 2):
            p.send_signal(signal.SIGKILL)
        for text, p in procs:
            if p.wait() == 0:
                acked.append(text)
        reopened += rujuk(store, "queue", "--as", "budi").returncode == 0
    texts = [m["text"] for m in thread(store, 5) or []]
    lost = sum(1 for t in acked if t not in texts)
    duplicated = sum(max(0, texts.count(t) - 1) for t in sent)
    check(reopened == rounds and lost == 0 and duplicated == 0, "kill -9 among queued writers")
    check(rujuk(store, "check").returncode == 0, "check after kill -9 among queued writers")
    print(f"kill -9 among {writers} writers: {rounds} rounds, {len(acked)} acknowledged, lost {lost}, "
          f"duplicated {duplicated}", flush=True)


# 3. Named crash points -----------------------------------------------------------------------
def part_crashpoints():
    points = ["before-write", "after-write", "after-fsync", "before-rename", "after-rename", "after-snapshot-rename"]
    ok = 0
    for point in points:
        store = fresh("crash-" + point)
        before = thread(store, 4)
        env = dict(ENV, RUJUK_TEST_CRASH_AT=point, RUJUK_SNAPSHOT_EVERY="1", RUJUK_SNAPSHOT_SECONDS="0")
        killed = rujuk(store, "reply", "4", "crash " + point, "--as", "budi", env=env)
        after = thread(store, 4)
        states = (after == before) or ([m["text"] for m in after] == [m["text"] for m in before] + ["crash " + point])
        good = killed.returncode != 0 and after is not None and states and rujuk(store, "check").returncode == 0 \
            and rujuk(store, "reply", "4", "next", "--as", "budi").returncode == 0
        check(good, f"crash point {point}")
        ok += good
    print(f"crash points: {len(points)} points, {ok} left the old or the new state", flush=True)
    # Killed while closed cases are written to the history shelf: at its named point between the
    # shelf's lines and its index, then at random moments of closing and reopening.
    shelf_env = dict(ENV, RUJUK_SNAPSHOT_EVERY="1", RUJUK_SNAPSHOT_SECONDS="0", RUJUK_HISTORY_FROM="1")
    store = fresh("crash-history")
    killed = rujuk(store, "close", "5", "--outcome", "resolved", "--summary", "s0", "--as", "budi",
                   env=dict(shelf_env, RUJUK_TEST_CRASH_AT="after-history-lines"))
    shown = rujuk(store, "show", "5", "--json", "--as", "budi", env=shelf_env)
    good = killed.returncode != 0 and shown.returncode == 0 and json.loads(shown.stdout).get("status") == "closed" \
        and rujuk(store, "check").returncode == 0
    check(good, "crash point after-history-lines")
    last, rounds, acked = "closed", 60, 0
    for r in range(rounds):
        args = ["reopen", "5", "--reason", f"r{r}"] if last == "closed" else ["close", "5", "--outcome", "resolved", "--summary", f"s{r}"]
        p = subprocess.Popen([BIN, *args, "--store", store, "--as", "budi"], env=shelf_env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0, 0.08))
        p.send_signal(signal.SIGKILL)
        acked += p.wait() == 0
        shown = rujuk(store, "show", "5", "--json", "--as", "budi", env=shelf_env)
        if shown.returncode != 0:
            break
        last = "closed" if json.loads(shown.stdout).get("status") == "closed" else "open"
    checked = rujuk(store, "check")
    good = shown.returncode == 0 and checked.returncode == 0 and os.path.exists(os.path.join(store, "history", "index"))
    check(good, "kill -9 while the history shelf is written")
    print(f"history shelf: killed after its lines, then {rounds} kills closing and reopening ({acked} acknowledged): "
          f"{'every state read back, check clean' if good else checked.stdout + checked.stderr}", flush=True)


# 4. Torn and flipped bytes, JSONTestSuite ------------------------------------------------------
def part_damage():
    base = fresh("damage-base")
    os.remove(os.path.join(base, "snapshot.json")) if os.path.exists(os.path.join(base, "snapshot.json")) else None
    journal = os.path.join(base, "journal", "000001.jsonl")
    data = open(journal, "rb").read()
    lines = data.split(b"\n")[:-1]
    last1 = len(lines[-1]) + 1
    last3 = sum(len(l) + 1 for l in lines[-3:])
    # Every byte of the last line (where a crash leaves a torn write), a sample of the two
    # before it and of the rest: each cut costs two processes, and CI has a budget.
    cuts = list(range(len(data) - last1, len(data))) + random.sample(range(len(data) - last3, len(data) - last1), min(120, last3 - last1)) \
        + random.sample(range(1, len(data) - last3), 40)
    recovered = 0
    for cut in cuts:
        store = os.path.join(ROOT, "damage")
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
        path = os.path.join(store, "journal", "000001.jsonl")
        with open(path, "r+b") as f:
            f.truncate(cut)
        # Opening repairs the tail; a cut inside the first lines can leave budi off the staff list (66).
        r = rujuk(store, "queue", "--as", "budi")
        whole_lines = open(path, "rb").read()
        moved = any(f.startswith("000001.jsonl.torn-") for f in os.listdir(os.path.join(store, "journal")))
        at_boundary = cut == 0 or data[cut - 1:cut] == b"\n"
        recovered += r.returncode in (0, 66) and rujuk(store, "check").returncode == 0 \
            and (whole_lines == b"" or whole_lines.endswith(b"\n")) and (moved or at_boundary)
    check(recovered == len(cuts), "torn tails")
    # Zero-filled tail and a flipped byte mid-file.
    refused_ok = 0
    cases = ["zeros", "flip"]
    for case in cases:
        store = os.path.join(ROOT, "damage")
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
        path = os.path.join(store, "journal", "000001.jsonl")
        if case == "zeros":
            with open(path, "ab") as f: f.write(b"\0" * 512)
            ok = rujuk(store, "queue", "--as", "budi").returncode == 0
        else:
            b = bytearray(open(path, "rb").read()); b[len(b) // 2] ^= 0x10
            open(path, "wb").write(b)
            files = snapshot_files(store)
            r = rujuk(store, "queue", "--as", "budi")
            ok = r.returncode == 65 and "line" in r.stderr and "byte" in r.stderr and snapshot_files(store) == files
        refused_ok += ok
    check(refused_ok == 2, "zero tail / flipped byte")
    suite = sorted(os.listdir(SHARED)) if os.path.isdir(SHARED) else []
    snap_ok = line_ok = 0
    for name in suite:
        doc = open(os.path.join(SHARED, name), "rb").read()
        store = os.path.join(ROOT, "damage")
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
        open(os.path.join(store, "snapshot.json"), "wb").write(doc)
        r = rujuk(store, "queue", "--as", "budi", "--json")
        snap_ok += r.returncode == 0 and len(json.loads(r.stdout)) > 0
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(base, store)
        path = os.path.join(store, "journal", "000001.jsonl")
        ls = open(path, "rb").read().split(b"\n")
        ls.insert(len(ls) // 2, doc.replace(b"\n", b" "))
        open(path, "wb").write(b"\n".join(ls))
        files = snapshot_files(store)
        r = rujuk(store, "queue", "--as", "budi")
        line_ok += r.returncode == 65 and snapshot_files(store) == files
    check(snap_ok == len(suite) and line_ok == len(suite), "JSONTestSuite as snapshot / journal line")
    print(f"damage: {len(cuts)} torn tails recovered {recovered}; zero tail and flipped byte {refused_ok}/2; "
          f"JSONTestSuite {len(suite)} files: as snapshot.json ignored {snap_ok}, as a journal line refused {line_ok}", flush=True)


# 5. Full disk --------------------------------------------------------------------------------
def part_fulldisk():
    store = fresh("fulldisk")
    journal = os.path.join(store, "journal", "000001.jsonl")
    size = os.path.getsize(journal)
    limit_blocks = (size // 512) + 1  # ulimit -f counts 512-byte blocks in bash's POSIX mode: use bytes via prlimit
    big = "x" * 4000
    cmd = f"ulimit -f {max(1, (size + 1000) // 1024)}; exec {BIN} reply 4 {big} --store {store} --as budi"
    before = open(journal, "rb").read()
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=ENV)
    after = open(journal, "rb").read()
    # Exit 74 with a sentence, never death by SIGXFSZ, and nothing half-written left behind.
    refused = r.returncode == 74 and "limit" in r.stderr and after == before
    opened = rujuk(store, "queue", "--as", "budi").returncode == 0
    next_ok = rujuk(store, "reply", "4", "after space returned", "--as", "budi").returncode == 0
    check(refused and opened and next_ok, "full disk")
    print(f"full disk (ulimit -f): write refused {refused} (exit {r.returncode}), store opens {opened}, next write {next_ok}", flush=True)
    if os.geteuid() != 0:
        print("full disk (tmpfs): not root, skipped", flush=True)
        return
    mount = os.path.join(ROOT, "tiny")
    os.makedirs(mount, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount], capture_output=True).returncode != 0:
        print("full disk (tmpfs): mount not permitted here, skipped", flush=True)
        return
    try:
        store = os.path.join(mount, "store")
        rujuk(store, "init", "--demo")
        filler = os.path.join(mount, "filler")
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while os.write(fd, b"\0" * 4096) > 0:
                pass
        except OSError:
            pass
        os.close(fd)
        journal = os.path.join(store, "journal", "000001.jsonl")
        before = open(journal, "rb").read()
        r = rujuk(store, "reply", "4", "y" * 20000, "--as", "budi")
        refused = r.returncode == 74 and open(journal, "rb").read() == before
        os.remove(filler)
        opened = rujuk(store, "queue", "--as", "budi").returncode == 0
        next_ok = rujuk(store, "reply", "4", "space is back", "--as", "budi").returncode == 0
        check(refused and opened and next_ok, "full tmpfs")
        print(f"full disk (1 MiB tmpfs): write refused {refused} (exit {r.returncode}: {r.stderr.strip()[:80]}), store opens {opened}, next write after space returned {next_ok}", flush=True)
    finally:
        subprocess.run(["umount", mount], capture_output=True)


# 6. Hostile text in the interface --------------------------------------------------------------
HOSTILE = [
    "\x1b]0;PWNED-TITLE\x07", "\x1b]2;PWNED-TITLE\x1b\\", "\x1b]52;c;UFdORUQtQ0xJUA==\x07", "\x1b]8;;http://evil/\x07link\x1b]8;;\x07",
    "\x1b[2J\x1b[H", "\x1bPq#0;2;0;0;0\x1b\\", "\x1b_APC\x1b\\", "\x1b^PM\x1b\\", "\x9b31m", "\x9d0;PWNED\x9c",
    "abc\u202edcba", "\u2066iso\u2069", "\u200b\u200c\u200d", "A" * 10000, "\x1b[31mred", "\x1b[?1049h", "\x1b[?25l",
    "\x1bc", "\x07\x07\x07", "\x08\x08\x08back", "\r\rreturn", "\x1b[6n", "\x1b[21t", "\x1b]10;?\x07", "\x1b[>c",
    "\x1b]1337;File=:AAAA\x07", "\x1b[1;1H\x1b[K", "\x7f\x7f", "名字👩‍👩‍👧é\u0301", "\x1b[200~paste\x1b[201~",
]


def tmux(*args, socket="rujuk-rel"):
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=20)


def start_interface(socket, store, login, width, height):
    """Starts the interface in a fresh tmux server of its own; returns when it has drawn."""
    tmux("kill-server", socket=socket)
    # A server still exiting after kill-server can refuse the new session: wait until it
    # has gone, and try again if the session did not start.
    for _ in range(50):
        if tmux("has-session", socket=socket).returncode != 0:
            break
        time.sleep(0.1)
    for _ in range(3):
        tmux("new-session", "-d", "-s", "ui", "-x", str(width), "-y", str(height),
             f"env TERM=tmux-256color {BIN} --store {store} --as {login}", socket=socket)
        if tmux("has-session", "-t", "ui", socket=socket).returncode == 0:
            break
        time.sleep(0.5)
    time.sleep(1.5)


def part_hostile():
    if not shutil.which("tmux"):
        print("hostile text: tmux missing, skipped"); return
    store = fresh("hostile")
    for i, payload in enumerate(HOSTILE):
        r = rujuk(store, "reply", "4", "-", "--as", "budi", stdin=f"payload {i}: {payload}")
        check(r.returncode == 0, f"posting payload {i}")
        # The same payloads as student names and as the notes of flags on those students.
        added = rujuk(store, "students", "add", "--name", f"S{i} {payload[:200]}", "--class", "VIII-B", "--as", "admin")
        check(added.returncode == 0, f"student named with payload {i}")
        flagged = rujuk(store, "flag", f"s{271 + i:04d}", "--note", f"note {i}: {payload}", "--as", "sari")
        check(flagged.returncode == 0, f"flag with payload {i}: {flagged.stderr.strip()[:100]}")
    # Invalid UTF-8 on standard input is refused and writes nothing.
    bad = subprocess.run([BIN, "reply", "4", "-", "--store", store, "--as", "budi"], input=b"\xff\xfe\xc0", capture_output=True, env=ENV)
    check(bad.returncode == 65, "invalid UTF-8 refused")
    start_interface("rujuk-rel", store, "sari", 120, 40)
    tmux("set-option", "-g", "set-clipboard", "on")
    reached = 0
    # Walk the students, the queue (each step shows a hostile thread) and the case view.
    for key in ["1"] + ["j"] * 12 + ["2"] + ["j"] * 40 + ["Enter", "Escape", "3", "k", "k", "?", "Escape", "G"]:
        tmux("send-keys", "-t", "ui", key)
        time.sleep(0.05)
    time.sleep(0.5)
    title = tmux("display-message", "-p", "-t", "ui", "#{pane_title}").stdout.strip()
    buffers = tmux("list-buffers").stdout
    screen = tmux("capture-pane", "-p", "-t", "ui").stdout
    alive = tmux("list-panes", "-t", "ui", "-F", "#{pane_dead}").stdout.strip() == "0"
    reached += "PWNED" in title
    reached += "PWNED" in buffers or "UFdORUQ" in buffers
    reached += "Rujuk" not in screen  # a clear or a moved cursor would lose the top bar
    # Each cell is drawn at its own position, so a width disagreement (an emoji sequence the
    # terminal draws differently) spoils one cell, never the row: every pane row still ends
    # with its right border in the last column.
    rows = screen.split("\n")[1:39]
    shifted = [r for r in rows if not r.rstrip().endswith(("│", "┐", "┘"))]
    aligned = not shifted
    if shifted:
        print("  shifted rows:", shifted[:2])
    check(reached == 0 and alive and aligned, "hostile text reached the terminal")
    tmux("kill-server")
    print(f"hostile text: {len(HOSTILE)} payloads as names, notes and replies, {reached} reached the terminal (title, clipboard, screen); interface alive {alive}, columns aligned {aligned}", flush=True)


# 7. Key and resize storms ----------------------------------------------------------------------
def part_storm(keys=100_000, resizes=500):
    if not shutil.which("tmux"):
        print("storm: tmux missing, skipped"); return
    store = fresh("storm")
    start_interface("rujuk-storm", store, "budi", 120, 40)
    # y: a form with text typed is left only by y at its "discard?" prompt (Esc goes back).
    alphabet = list("jkgGhl123/?nrpfacy") + ["Tab", "BTab", "Enter", "Escape", "Up", "Down", "PageUp", "PageDown", "BSpace", "C-t", "C-l", "M-Enter"]
    sent = 0
    started = time.time()
    rnd = random.Random(5)
    while sent < keys:
        batch = [rnd.choice(alphabet) for _ in range(200)]
        # Never quit: q, C-c and C-z are left out; Escape closes forms that might send.
        tmux("send-keys", "-t", "ui", *batch, socket="rujuk-storm")
        sent += len(batch)
        if sent % 20_000 < 200:
            tmux("resize-window", "-t", "ui", "-x", str(rnd.randint(20, 300)), "-y", str(rnd.randint(5, 100)), socket="rujuk-storm")
    for _ in range(resizes):
        tmux("resize-window", "-t", "ui", "-x", str(rnd.randint(20, 300)), "-y", str(rnd.randint(5, 100)), socket="rujuk-storm")
    # Keys wait in the terminal's input queue: leave any form, ask for help, and wait until the
    # help overlay shows, which proves every key before it was handled. A form with text typed
    # asks before discarding it, and only y discards (Esc goes back to the form).
    tmux("resize-window", "-t", "ui", "-x", "120", "-y", "40", socket="rujuk-storm")
    tmux("send-keys", "-t", "ui", "Escape", "y", "Escape", "y", "Escape", "Escape", "?", socket="rujuk-storm")
    responsive = False
    wait_until = time.time() + 240
    while time.time() < wait_until and not responsive:
        responsive = "Help · keys" in tmux("capture-pane", "-p", "-t", "ui", socket="rujuk-storm").stdout
        time.sleep(0.5)
    alive = tmux("list-panes", "-t", "ui", "-F", "#{pane_dead}", socket="rujuk-storm").stdout.strip() == "0"
    tmux("kill-server", socket="rujuk-storm")
    intact = rujuk(store, "check").returncode == 0
    check(alive and responsive and intact, "storm")
    print(f"storm: {sent} keys and {resizes + sent // 20_000} resizes (20x5 to 300x100) in {time.time() - started:.0f} s; alive {alive}, responsive {responsive}, store intact {intact}", flush=True)


# 8. Live-update latency ------------------------------------------------------------------------
def part_latency(messages=100):
    if not shutil.which("tmux"):
        print("latency: tmux missing, skipped"); return
    store = fresh("latency")
    start_interface("rujuk-lat", store, "sari", 200, 60)
    for key in ["/", "#", "4", "Enter"]:
        tmux("send-keys", "-t", "ui", key, socket="rujuk-lat")
    time.sleep(0.5)
    delays = []
    for i in range(messages):
        time.sleep(random.uniform(0.05, 0.3))
        text = f"live-{i}-{random.randint(1000, 9999)}"
        r = rujuk(store, "reply", "4", text, "--as", "budi")
        written = time.time()
        if r.returncode != 0:
            continue
        while time.time() - written < 3:
            if text in tmux("capture-pane", "-p", "-t", "ui", socket="rujuk-lat").stdout:
                delays.append(time.time() - written)
                break
            time.sleep(0.01)
    tmux("kill-server", socket="rujuk-lat")
    delays.sort()
    p50 = delays[len(delays) // 2] * 1000 if delays else float("nan")
    p95 = delays[int(len(delays) * 0.95) - 1] * 1000 if delays else float("nan")
    check(len(delays) == messages, "latency: some messages never appeared")
    print(f"live-update latency: {len(delays)}/{messages} messages seen, p50 {p50:.0f} ms, p95 {p95:.0f} ms (after the writer's acknowledgement)", flush=True)


failed_parts = []
try:
    for part in PARTS:
        started, before = time.time(), len(failures)
        globals()["part_" + part]()
        if len(failures) > before:
            failed_parts.append(part)
        print(f"  ({part}: {time.time() - started:.0f} s)", flush=True)
finally:
    shutil.rmtree(ROOT, ignore_errors=True)
    for s in ["rujuk-rel", "rujuk-storm", "rujuk-lat"]:
        subprocess.run(["tmux", "-L", s, "kill-server"], capture_output=True)
print(f"reliability: {len(PARTS) - len(failed_parts)} passed, {len(failed_parts)} failed")
sys.exit(1 if failures else 0)
