#!/usr/bin/env python3
"""The school server, for real: Unix users and groups, run as each with `su`.

Run as root (CI is root). Creates the groups rjkstaff and rjkbk and the users rjkadmin,
rjksari (teacher), rjkbudi (counsellor), rjkroom (the staffroom's shared account) and
rjkout (not staff), each under umask 022; shows what each can and cannot read, through
Rujuk and with grep; then removes every user, group and file it made, even on failure.

Usage: scripts/permissions.py PATH/TO/rujuk
Prints one figure line: `permissions: N/M checks`.
"""
import os, re, shutil, subprocess, sys, tempfile, zlib

PREFIX = "rjk"
GROUPS = [PREFIX + "staff", PREFIX + "bk"]
USERS = {  # name: supplementary groups
    PREFIX + "admin": GROUPS,
    PREFIX + "sari": [GROUPS[0]],
    PREFIX + "budi": GROUPS,
    PREFIX + "room": [GROUPS[0]],
    PREFIX + "out": [],
}
SECRET = "RAHASIA-orang-tua-bercerai-7731"

checks = []


def check(name, ok, detail=""):
    checks.append(ok)
    print(("  ok   " if ok else "  FAIL ") + name + ("" if ok else f"  [{detail}]"))


def run(user, args, env=None, stdin=None):
    """Runs a shell command line as `user`, with umask 022, and returns (status, out, err)."""
    exports = " ".join(f"{k}={quote(v)}" for k, v in (env or {}).items())
    line = f"umask 022; cd /; export LANG=C.UTF-8 NO_COLOR=1 {exports}; {args}"
    p = subprocess.run(["su", "-s", "/bin/bash", user, "-c", line], capture_output=True, text=True,
                       input=stdin, timeout=60)
    return p.returncode, p.stdout, p.stderr


def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def cleanup(base):
    for user in USERS:
        subprocess.run(["userdel", "-r", user], capture_output=True)
        subprocess.run(["userdel", user], capture_output=True)
    for group in GROUPS:
        subprocess.run(["groupdel", group], capture_output=True)
    shutil.rmtree(base, ignore_errors=True)


def main():
    if os.geteuid() != 0:
        print("permissions: skipped (needs root to create users and groups)")
        return 0
    binary = os.path.abspath(sys.argv[1])
    base = tempfile.mkdtemp(prefix="rujuk-permissions-")
    cleanup(base)
    os.makedirs(base, exist_ok=True)
    os.chmod(base, 0o755)
    try:
        return scenario(binary, base)
    finally:
        cleanup(base)
        left = [u for u in USERS if subprocess.run(["id", u], capture_output=True).returncode == 0]
        print(f"  cleanup: users left {left or 'none'}")


def scenario(binary, base):
    for group in GROUPS:
        subprocess.run(["groupadd", group], check=True)
    for user, groups in USERS.items():
        args = ["useradd", "-m", "-d", f"{base}/home/{user}", "-s", "/bin/bash"]
        if groups:
            args += ["-G", ",".join(groups)]
        os.makedirs(f"{base}/home", exist_ok=True)
        subprocess.run(args + [user], check=True, capture_output=True)
    # The binary where every account can run it (as a release installed in /usr/local/bin would be).
    rujuk = f"{base}/bin/rujuk"
    os.makedirs(f"{base}/bin")
    shutil.copy(binary, rujuk)
    os.chmod(f"{base}/bin", 0o755)
    os.chmod(rujuk, 0o755)
    # The server's admin gives the Rujuk admin a place for the store (as in the README).
    os.makedirs(f"{base}/srv")
    shutil.chown(f"{base}/srv", user=PREFIX + "admin")
    os.chmod(f"{base}/srv", 0o755)
    store = f"{base}/srv/rujuk"
    env = {"RUJUK_STORE": store}
    admin, sari, budi, room, out = USERS

    print("permissions: a school store shared with rjkstaff, private/ only with rjkbk")
    s, o, e = run(admin, f"{rujuk} init --school 'SMP Uji' --group {GROUPS[0]} --bk-group {GROUPS[1]} --lang en", env)
    check("init with --group and --bk-group", s == 0, e)
    s, o, e = run(admin, f"{rujuk} staff add {sari} --name 'Sari Wulandari' --role subject-teacher --subject Mathematics && "
                         f"{rujuk} staff add {budi} --name 'Budi Santoso' --role counsellor --caseload VIII-B && "
                         f"{rujuk} students add --name 'Andi Pratama' --class VIII-B --nisn 0091234567", env)
    check("admin adds staff and a student", s == 0, e)
    s, o, e = run(admin, f"{rujuk} staff set-pin {sari} && {rujuk} staff set-pin {budi}", {**env, "RUJUK_NEW_PIN": "4821"})
    check("admin sets PINs", s == 0, e)

    s, o, e = run(sari, f"{rujuk} flag 0091234567 --note 'Sering melamun di kelas.'", env)
    check("teacher flags after the admin wrote (appends to a file another user created)", s == 0 and "#1" in o, e)
    s, o, e = run(budi, f"{rujuk} pickup 1 && {rujuk} reply 1 {quote(SECRET)} --confidential && {rujuk} reply 1 'Terima kasih, Bu Sari.'", env)
    check("counsellor picks up and writes a confidential note", s == 0, e)
    s, o, e = run(sari, f"{rujuk} reply 1 'Sama-sama, Pak.'", env)
    check("teacher appends after the counsellor", s == 0, e)

    s, o, e = run(sari, f"{rujuk} thread 1; {rujuk} thread 1 --json; {rujuk} show 1 --json", env)
    check("teacher's account: the confidential text is not shown through Rujuk", SECRET not in o and "Terima kasih" in o, o[-300:])
    s, o, e = run(sari, f"grep -r {quote(SECRET)} {store}; echo grep=$?", env)
    check("teacher's account: grep -r finds no confidential text in the store", SECRET not in o and "grep=2" in o, o + e)
    s, o, e = run(sari, f"cat {store}/private/000001.jsonl", env)
    check("teacher's account: private/ cannot be opened", s != 0 and "Permission denied" in e, e)
    s, o, e = run(budi, f"{rujuk} thread 1", env)
    check("counsellor's account reads it", SECRET in o, o + e)

    s, o, e = run(out, f"{rujuk} queue", env)
    check("outsider refused with 77, naming the group", s == 77 and GROUPS[0] in e, f"{s} {e}")
    s, o, e = run(out, f"grep -r Andi {store}; echo grep=$?", env)
    check("outsider: grep -r finds nothing", "Andi" not in o and "grep=2" in o, o + e)

    # The staffroom: a shared account that is not staff acts with --as and a PIN.
    s, o, e = run(room, f"{rujuk} queue --as {sari}", {**env, "RUJUK_PIN": "4821"})
    check("staffroom account acts as a teacher with her PIN", s == 0 and "Andi" in o, e)
    s, o, e = run(room, f"{rujuk} queue --as {sari}", {**env, "RUJUK_PIN": "0000"})
    check("staffroom account with a wrong PIN refused with 77", s == 77, f"{s} {e}")
    s, o, e = run(room, f"{rujuk} thread 1 --as {budi}", {**env, "RUJUK_PIN": "4821"})
    check("counsellor on the staffroom account: confidential text hidden with a warning, no crash",
          s == 0 and SECRET not in o and "cannot read" in e and GROUPS[1] in e, f"{s} {e}")
    s, o, e = run(room, f"{rujuk} reply 1 'catatan' --confidential --as {budi}", {**env, "RUJUK_PIN": "4821"})
    check("...and cannot save a confidential entry there (77, naming the BK group)", s == 77 and GROUPS[1] in e, f"{s} {e}")

    bad = []
    for root, dirs, files in os.walk(store):
        for name in dirs + files:
            path = os.path.join(root, name)
            st = os.stat(path)
            mode = st.st_mode & 0o7777
            group = subprocess.run(["stat", "-c", "%G", path], capture_output=True, text=True).stdout.strip()
            want_group = GROUPS[1] if "/private" in path else GROUPS[0]
            if mode & 0o007 or group != want_group:
                bad.append(f"{path} {oct(mode)} {group}")
            if os.path.isdir(path) and not mode & 0o2000:
                bad.append(f"{path} lacks setgid")
            if os.path.isfile(path) and mode & 0o060 != 0o060 and not name.startswith("store.json"):
                bad.append(f"{path} not group-writable {oct(mode)}")
    top = os.stat(store)
    check("modes after writes by four accounts under umask 022: nothing world-readable, groups right, setgid",
          not bad and top.st_mode & 0o2000 and not top.st_mode & 0o007, "; ".join(bad))

    s, o, e = run(budi, f"{rujuk} check", env)
    check("check as the counsellor: modes, groups and chains OK", s == 0 and "OK" in o, o + e)
    s, o, e = run(budi, f"{rujuk} audit --case 1", env)
    check("audit lists the counsellor's opening of the confidential note", s == 0 and "opened" in o and budi in o, o + e)
    s, o, e = run(sari, f"{rujuk} audit", env)
    check("audit refused to a teacher with 77", s == 77, f"{s} {e}")
    s, o, e = run(budi, f"{rujuk} motd", env)
    check("motd prints counts only", s == 0 and "Andi" not in o and SECRET not in o, o)

    # Someone with write access edits a line and fixes its checksum; the chain still tells.
    path = f"{store}/journal/000001.jsonl"
    lines = open(path, "rb").read().split(b"\n")
    n = next(i for i, l in enumerate(lines) if b"Wulandari" in l)
    m = re.match(rb'\{"sum":"([0-9a-f]{8})","prev":"([0-9a-f]{64})","event":(.*)\}$', lines[n])
    body = m.group(3).replace(b"Wulandari", b"Wulandara")
    lines[n] = b'{"sum":"%08x","prev":"%s","event":%s}' % (zlib.crc32(m.group(2) + body) & 0xFFFFFFFF, m.group(2), body)
    open(path, "wb").write(b"\n".join(lines))
    s, o, e = run(budi, f"{rujuk} audit verify", env)
    check("audit verify catches the edited line and names it", s == 65 and f"line {n + 1} was edited" in o, o + e)

    passed = sum(checks)
    print(f"permissions: {passed}/{len(checks)} checks")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
