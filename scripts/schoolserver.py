"""What the scripts that install Rujuk as a school server share (permissions.py, ssh.py):
putting the machine back as it was, and typing on a terminal as a person would."""
import os, pty, select, shutil, subprocess, time

# Files the install writes outside its prefix; one that was there before is kept and put back.
ETC = ["/etc/rujuk/server.conf", "/etc/profile.d/rujuk-motd.sh"]
HERE = os.path.dirname(os.path.abspath(__file__))


def sh(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


class Machine:
    """Remembers what was there before an install, and restores it: `with Machine(base, users):`."""

    def __init__(self, base, users):
        self.base, self.users = base, users
        self.created_rujuk = sh("id", "rujuk").returncode != 0
        self.saved = {p: open(p).read() for p in ETC if os.path.exists(p)}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        prefix = f"{self.base}/prefix"
        if os.path.exists(f"{prefix}/bin/rujuk"):
            sh(f"{HERE}/uninstall-server.sh", "--prefix", prefix)
        for user in self.users:
            sh("pkill", "-KILL", "-u", user)
            sh("userdel", "-r", user)
            sh("userdel", user)
        if self.created_rujuk:
            sh("pkill", "-KILL", "-u", "rujuk")
            sh("userdel", "rujuk")
            sh("groupdel", "rujuk")
        for path in ETC:
            if os.path.exists(path):
                os.remove(path)
        for path, text in self.saved.items():
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").write(text)
        shutil.rmtree(self.base, ignore_errors=True)
        left = [u for u in self.users if sh("id", u).returncode == 0]
        print(f"  cleanup: users left {left or 'none'}, /etc/rujuk/server.conf {'restored' if self.saved else 'removed'}")
        return False


def type_on_terminal(user, line, answers, timeout=30):
    """Runs a command as `user` on a pseudo-terminal, typing each answer after a prompt ending
    in ':' appears (as a person types a PIN); returns (exit status, everything printed)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("su", ["su", "-s", "/bin/bash", user, "-c", f"cd /; export LANG=C.UTF-8; {line}"])
    out, pending, deadline = b"", list(answers), time.time() + timeout
    while time.time() < deadline:
        if not select.select([fd], [], [], 0.2)[0]:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if pending and out.rstrip().endswith(b":"):
            time.sleep(0.1)
            os.write(fd, (pending.pop(0) + "\n").encode())
            out += b"\n"
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode(errors="replace")
