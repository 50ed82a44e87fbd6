#!/usr/bin/env python3
"""Bytes written to the terminal for one step down the queue, measured through a real
pseudo-terminal at 120x40. Usage: bytes-per-step.py RUJUK_BINARY STORE [LOGIN]"""
import fcntl, os, pty, select, struct, sys, termios, time

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

pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.execv(binary, [binary, "--store", store, "--as", login])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
first = drain(fd, quiet=1.0)
steps = []
for key in [b"j", b"j", b"j", b"k", b"j", b"j"]:
    os.write(fd, key)
    steps.append(len(drain(fd)))
os.write(fd, b"q")
drain(fd, quiet=0.3)
os.waitpid(pid, 0)
steps.sort()
print(f"bytes to the terminal: first screen {len(first)}, one step down the queue: median {steps[len(steps)//2]} (min {steps[0]}, max {steps[-1]})")
