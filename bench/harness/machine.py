"""What a result was measured on and with: machine, tool versions, commit."""

import os
import platform
import subprocess


def _first_line(command):
    try:
        output = subprocess.run(command, capture_output=True, text=True).stdout
        return output.strip().splitlines()[0] if output.strip() else "unknown"
    except OSError:
        return "not installed"


def _meminfo_gib():
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    return 0.0


def _cpu_model():
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _java_version():
    try:
        output = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
        return output.strip().splitlines()[0] if output.strip() else "unknown"
    except OSError:
        return "not installed"


def describe(repo_root):
    commit = _first_line(["git", "-C", str(repo_root), "rev-parse", "HEAD"])
    dirty = _first_line(["git", "-C", str(repo_root), "status", "--porcelain",
                         "--untracked-files=no"])
    return {
        "cores": os.cpu_count(),
        "memory_gib": round(_meminfo_gib(), 1),
        "cpu": _cpu_model(),
        "kernel": platform.release(),
        "commit": commit + (" (with uncommitted changes)" if dirty not in ("unknown", "") else ""),
        "sqlite": _first_line(["sqlite3", "--version"]).split()[0],
        "xapian": _first_line(["xapian-config", "--version"]).split()[-1],
        "ripgrep": _first_line(["rg", "--version"]),
        "lucene": _first_line(["dpkg-query", "-W", "-f=${Version}\n", "liblucene8-java"]),
        "java": _java_version(),
    }
