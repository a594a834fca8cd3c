#!/usr/bin/env python3
"""Start to first frame of the terminal program, measured in a pseudo-terminal.

    scripts/first_frame.py BINARY WORKSPACE.json ID [RUNS]

Each run copies the workspace into a fresh data folder, starts BINARY on a 200x60
pseudo-terminal and times from just before the fork until the dashboard's "Næste skridt"
line has arrived on the terminal; then the program is stopped with SIGTERM (it saves and
restores the terminal). The same is done with `printf`, which prints the text at once: that
is what forking, exec and reading cost by themselves. Prints median and max of both, in ms.
"""

import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import time

import fcntl
import termios

MARKER = "skridt".encode()


def time_to_marker(argv, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 60, 200, 0, 0))
        os.environ.update(env)
        os.execv(argv[0], argv)
    seen = b""
    elapsed = None
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                raise SystemExit(f"first_frame: no frame after 10 s from {argv[0]}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise SystemExit(f"first_frame: {argv[0]} closed the terminal")
            if b"\x1b[6n" in chunk:  # a cursor position query: answer like a terminal
                os.write(fd, b"\x1b[1;1R")
            seen = seen[-64:] + chunk
            if MARKER in seen:
                elapsed = (time.perf_counter() - start) * 1000
                break
    finally:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        # Drain until it has exited, so the next run starts on a quiet machine.
        while True:
            try:
                ready, _, _ = select.select([fd], [], [], 2)
                if not ready or not os.read(fd, 65536):
                    break
            except OSError:
                break
        os.waitpid(pid, 0)
        os.close(fd)
    return elapsed


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    binary, workspace, ws_id = sys.argv[1], sys.argv[2], sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    printf = shutil.which("printf") or "/usr/bin/printf"
    times, base = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            os.makedirs(os.path.join(data, "workspaces"), mode=0o700)
            shutil.copy(workspace, os.path.join(data, "workspaces", ws_id + ".json"))
            with open(os.path.join(data, "state.json"), "w") as f:
                json.dump({"last_used": ws_id}, f)
            env = {"MANDAT_DATA_DIR": data, "TERM": "xterm-256color"}
            times.append(time_to_marker([binary], env))
        base.append(time_to_marker([printf, "Næste skridt\n"], {}))
    print(
        f"mandat {statistics.median(times):.1f} ms median, {max(times):.1f} ms max; "
        f"printf {statistics.median(base):.1f} ms median, {max(base):.1f} ms max; "
        f"{runs} runs"
    )


if __name__ == "__main__":
    main()
