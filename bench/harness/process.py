"""Running a command and measuring it: wall time, peak RSS of that process, disk sizes, caches."""

import dataclasses
import os
import pathlib
import shutil
import subprocess
import sys
import time


@dataclasses.dataclass
class Measured:
    seconds: float
    peak_rss_kb: int
    returncode: int
    stdout: str


def run_measured(command, check=True):
    """Runs `command`, returning its wall time and its own peak RSS (wait4's rusage, the figure
    /usr/bin/time -v prints as "Maximum resident set size")."""
    start = time.perf_counter()
    process = subprocess.Popen([str(part) for part in command], stdout=subprocess.PIPE, text=True)
    stdout = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if check and process.returncode != 0:
        sys.exit(f"bench: failed ({process.returncode}): {' '.join(map(str, command))}")
    return Measured(seconds, usage.ru_maxrss, process.returncode, stdout)


def time_process(command):
    """Wall time in milliseconds of one whole process (start-up included), and its exit code."""
    start = time.perf_counter()
    completed = subprocess.run([str(part) for part in command], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000.0, completed.returncode


def size_on_disk(path):
    """Bytes in a file, or in all files under a folder."""
    path = pathlib.Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def remove(path):
    """Removes a file or a folder tree, if present."""
    path = pathlib.Path(path)
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def drop_caches():
    """Empties the page cache so the next read comes from disk; False when not permitted."""
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as control:
            control.write("3\n")
        return True
    except OSError:
        return False
