#!/usr/bin/env python3
"""Rujuk over a real SSH login, on loopback.

Run as root (CI is root). Installs openssh-server when missing, starts its own sshd on
127.0.0.1:2222 (the next free port up to 2232) with its own host key, installs Rujuk as a
school server (scripts/install-server.sh into a prefix of its own: every session goes
through the setuid helper), a counsellor (rjsbudi) with a personal account and the
staffroom's shared account (rjsroom, a kiosk whose login shell is Rujuk), logs both in with
keys over `ssh -tt` inside tmux at 80x24, and shows: the staffroom asks who is there and
their PIN before anything; a flag made there appears live in the counsellor's interface; a
dropped connection (SIGHUP) keeps the counsellor's draft; the counsellor's interface works
over mosh too (installed when missing). Uninstalls and removes the users, tmux server and
sshd (by its pid file) it made, even on failure.

Usage: scripts/ssh.py PATH/TO/release-dir-or-rujuk
Prints one figure line: `ssh: N/M checks, ...`.
"""
import os, shutil, signal, socket, subprocess, sys, tempfile, time
from schoolserver import Machine, type_on_terminal

PREFIX = "rjs"
USERS = [PREFIX + "admin", PREFIX + "budi", PREFIX + "room"]
PIN = "482193"
SOCKET = "rujuk-ssh-test"
checks = []


def check(name, ok, detail=""):
    checks.append(bool(ok))
    print(("  ok   " if ok else "  FAIL ") + name + ("" if ok else f"  [{detail}]"))


def sh(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=kw.pop("timeout", 120), **kw)


def tmux(*args):
    return sh("tmux", "-L", SOCKET, *args)


def screen(name):
    return tmux("capture-pane", "-p", "-t", name).stdout


def wait_for(name, text, timeout=15.0):
    """Seconds until `text` is on the pane, or None."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if text in screen(name):
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def keys(name, *k):
    tmux("send-keys", "-t", name, *k)


def free_port():
    for port in range(2222, 2233):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise SystemExit("ssh: no free port in 2222-2232")


def stop_servers(base):
    tmux("kill-server")
    pidfile = f"{base}/sshd.pid"
    if os.path.exists(pidfile):
        try:
            os.kill(int(open(pidfile).read().strip()), signal.SIGTERM)
        except (ValueError, ProcessLookupError):
            pass


def main():
    if os.geteuid() != 0:
        print("ssh: skipped (needs root to start sshd and create users)")
        return 0
    need = [p for p, tool in [("openssh-server", "/usr/sbin/sshd"), ("openssh-client", "/usr/bin/ssh"), ("mosh", "/usr/bin/mosh")]
            if not os.path.exists(tool)]
    if need:
        print("installing: " + " ".join(need))
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        sh("apt-get", "update", "-qq", env=env, timeout=600)
        r = sh("apt-get", "install", "-y", "-qq", *need, env=env, timeout=600)
        if r.returncode != 0:
            print(r.stdout[-2000:], r.stderr[-2000:])
            return 1
    base = tempfile.mkdtemp(prefix="rujuk-ssh-")
    os.chmod(base, 0o755)
    given = os.path.abspath(sys.argv[1])
    with Machine(base, USERS):
        try:
            return scenario(given if os.path.isdir(given) else os.path.dirname(given), base)
        finally:
            stop_servers(base)
            print(f"  sshd stopped, tmux server {SOCKET} killed")


def scenario(binaries, base):
    os.makedirs(f"{base}/home")
    for user in USERS:
        r = sh("useradd", "-m", "-d", f"{base}/home/{user}", "-s", "/bin/bash", user)
        if r.returncode != 0:
            print(r.stderr)
            return 1
        sh("usermod", "-p", "*", user)  # a new account is locked; sshd refuses locked accounts

    # Keys: one host key, one client key per user.
    sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{base}/host_key")
    for user in USERS:
        home = f"{base}/home/{user}"
        os.makedirs(f"{home}/.ssh", exist_ok=True)
        sh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{base}/{user}_key")
        shutil.copy(f"{base}/{user}_key.pub", f"{home}/.ssh/authorized_keys")
        sh("chown", "-R", f"{user}:{user}", f"{home}/.ssh")
        os.chmod(f"{home}/.ssh", 0o700)
        os.chmod(f"{home}/.ssh/authorized_keys", 0o600)
    port = free_port()
    with open(f"{base}/sshd_config", "w") as f:
        f.write(f"""Port {port}
ListenAddress 127.0.0.1
HostKey {base}/host_key
PidFile {base}/sshd.pid
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AuthorizedKeysFile .ssh/authorized_keys
StrictModes no
PrintMotd no
""")
    os.makedirs("/run/sshd", exist_ok=True)
    r = sh(shutil.which("sshd") or "/usr/sbin/sshd", "-f", f"{base}/sshd_config", "-E", f"{base}/sshd.log")
    check(f"sshd started on 127.0.0.1:{port}", r.returncode == 0, r.stderr)
    for _ in range(50):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)

    # The school server: installed as a school would, the staffroom a kiosk; sari has a PIN.
    admin = PREFIX + "admin"
    os.makedirs(f"{base}/var")
    os.chmod(f"{base}/var", 0o755)
    install = os.path.join(os.path.dirname(os.path.abspath(__file__)), "install-server.sh")
    r = sh(install, "--school", "SMP Uji", "--admin", admin, "--staffroom", PREFIX + "room", "--prefix", f"{base}/prefix",
           "--store", f"{base}/var/rujuk", "--lang", "en", "--binaries", binaries)
    check("installed as a school server (helper setuid rujuk, staffroom kiosk)", r.returncode == 0, r.stdout + r.stderr)
    rujuk = f"{base}/prefix/bin/rujuk"
    setup = (f"umask 022; {rujuk} staff add rjssari --name 'Sari Wulandari' --role subject-teacher --subject Mathematics && "
             f"{rujuk} staff add rjsbudi --name 'Budi Santoso' --role counsellor --caseload VIII-B && "
             f"{rujuk} students add --name 'Andi Pratama' --class VIII-B --nisn 0091234567")
    r = sh("su", "-s", "/bin/bash", admin, "-c", setup)
    status, said = type_on_terminal(admin, f"{rujuk} staff set-pin rjssari", [PIN, PIN])
    check("the admin adds staff and a student through the helper, and a PIN on a terminal", r.returncode == 0 and status == 0, r.stderr + said)

    def login(name, user, mosh=False):
        remote = rujuk
        ssh = (f"ssh -i {base}/{user}_key -p {port} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
               f"-o LogLevel=ERROR")
        # The staffroom's login shell is Rujuk itself: it takes no command.
        command = f"{ssh} -tt {user}@127.0.0.1" + ("" if user == PREFIX + "room" else f" '{remote}'")
        if mosh:
            command = f"LANG=C.UTF-8 mosh --ssh='{ssh}' {user}@127.0.0.1 -- env {remote}"

        if tmux("has-session", "-t", "keep").returncode != 0:
            tmux("new-session", "-d", "-s", "keep", "-x", "80", "-y", "24", "sleep 600")
        tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command)

    login("budi", PREFIX + "budi")
    seen = wait_for("budi", "Budi Santoso (guru BK)")
    check("counsellor's personal account over ssh -tt: no PIN asked, the interface at 80x24", seen is not None, screen("budi"))
    login("room", PREFIX + "room")
    asked = wait_for("room", "Who are you?")
    check("staffroom account: asks who and the PIN before showing anything",
          asked is not None and "Andi" not in screen("room"), screen("room") + open(f"{base}/sshd.log").read()[-600:])
    keys("room", "rjssari", "Enter", PIN, "Enter")
    signed = wait_for("room", "Sari Wulandari")
    check("staffroom: signed in as the teacher with her PIN", signed is not None, screen("room"))

    # The flag from the staffroom appears in the counsellor's session without a key press.
    keys("room", "n")
    wait_for("room", "Flag a student")
    keys("room", "Andi")
    time.sleep(0.3)
    keys("room", "Enter")
    time.sleep(0.3)
    keys("room", "Sering melamun di kelas.")
    time.sleep(0.3)
    keys("room", "C-s")
    # From the key press in one session to the row on the other's screen.
    latency = wait_for("budi", "Andi P", timeout=10)
    opened = wait_for("room", "Case #1")
    check("the flag appears live in the counsellor's interface", opened is not None and latency is not None,
          screen("room") + screen("budi"))

    # The panic key blanks the staffroom screen at once.
    keys("room", "F12")
    time.sleep(0.5)
    blank = screen("room")
    check("panic key F12 blanks the staffroom screen", "Andi" not in blank and "Login: rjssari" in blank, blank)

    # A dropped connection: the draft survives SIGHUP and is back at the next login.
    keys("budi", "r")
    time.sleep(0.3)
    keys("budi", "Draf lewat SSH yang belum terkirim")
    time.sleep(0.5)
    tmux("kill-session", "-t", "budi")  # the ssh client dies; sshd hangs up on rujuk
    time.sleep(1.5)
    login("budi2", PREFIX + "budi")
    back = wait_for("budi2", "Draf lewat SSH", timeout=10)
    check("after a dropped connection (SIGHUP) the draft is back", back is not None, screen("budi2"))

    # The same over mosh (UDP on loopback, its own terminal emulation): the interface and the draft.
    tmux("kill-session", "-t", "budi2")
    time.sleep(1)
    login("mosh", PREFIX + "budi", mosh=True)
    via_mosh = wait_for("mosh", "Budi Santoso (guru BK)", timeout=20)
    draft = wait_for("mosh", "Draf lewat SSH", timeout=5)
    check("over mosh at 80x24: the interface and the kept draft", via_mosh is not None and draft is not None, screen("mosh"))
    keys("mosh", "q")
    time.sleep(1)

    r = sh("su", "-s", "/bin/bash", admin, "-c", f"{rujuk} check")
    check("the store checks clean after both sessions", r.returncode == 0, r.stdout + r.stderr)

    passed = sum(checks)
    live = f"{latency * 1000:.0f} ms" if latency is not None else "never"
    print(f"ssh: {passed}/{len(checks)} checks; 2 accounts over ssh -tt (and mosh) at 80x24, Ctrl-S in the staffroom to the row on the counsellor's screen {live}")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
