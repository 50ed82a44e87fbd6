#!/usr/bin/env python3
"""Bytes written to the terminal for one step down the queue, measured through a real
pseudo-terminal at 120x40, and for twenty quick steps (30 keys a second) with the thread
preview drawn when the selection rests and, for comparison, drawn at every step
(RUJUK_PREVIEW_REST_MS=0). Usage: bytes-per-step.py RUJUK_BINARY STORE [LOGIN]"""
import fcntl, os, pty, select, shutil, struct, sys, tempfile, termios, time

binary, store = sys.argv[1], sys.argv[2]
login = sys.argv[3] if len(sys.argv) > 3 else "budi"

def drain(fd, quiet=0.4, limit=5.0):
    """Reads until the program has been quiet for `quiet` seconds; returns the bytes."""
    out, deadline, last = b"", time.time() + limit, time.time()
    while time.time() < deadline and time.time() - last < quiet:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            out += chunk
            last = time.time()
    return out

def session(rest=None):
    """A session on a pty at 120x40, the first screen drained; returns (pid, fd, first)."""
    # A state directory of its own: a selection an earlier session left would start it elsewhere.
    state = tempfile.mkdtemp(prefix="rujuk-bytes-")
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["XDG_STATE_HOME"] = state
        if rest is not None:
            os.environ["RUJUK_PREVIEW_REST_MS"] = str(rest)
        os.execv(binary, [binary, "--store", store, "--as", login])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    first = drain(fd, quiet=1.0)
    shutil.rmtree(state, ignore_errors=True)
    return pid, fd, first

def end(pid, fd):
    os.write(fd, b"q")
    drain(fd, quiet=0.3)
    os.waitpid(pid, 0)

def burst(rest):
    """Bytes for twenty steps down at 30 keys a second, until the screen is quiet again."""
    pid, fd, _ = session(rest)
    total = 0
    for _ in range(20):
        os.write(fd, b"j")
        total += len(drain(fd, quiet=1 / 30, limit=1 / 30))
    total += len(drain(fd))
    end(pid, fd)
    return total

pid, fd, first = session()
steps = []
for key in [b"j", b"j", b"j", b"k", b"j", b"j"]:
    os.write(fd, key)
    steps.append(len(drain(fd)))
end(pid, fd)
steps.sort()
print(f"bytes to the terminal: first screen {len(first)}, one step down the queue: median {steps[len(steps)//2]} (min {steps[0]}, max {steps[-1]})")
rested, every = sorted(burst(100) for _ in range(3))[1], sorted(burst(0) for _ in range(3))[1]
print(f"twenty quick steps down the queue (30 keys a second), median of 3: {rested} bytes with the preview drawn once the selection rests, {every} drawn at every step ({rested / every:.2f}x)")
