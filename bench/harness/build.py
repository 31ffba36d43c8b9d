"""Building the benchmark binaries (cmake, stand-alone bench/ tree) and finding them."""

import pathlib
import subprocess
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
NAMES = ("fts5_peer", "xapian_peer", "lucene_peer", "mss_peer", "mss-index", "mss-search")


def build_and_find(build_dir, build=True):
    """Paths of the peers and mss binaries (None for those not built). The C++ peers are
    required; lucene_peer exists only where a JDK and Debian's Lucene jars were found, the mss
    ones only when the core project was built beside them."""
    if build:
        print(f"bench: building in {build_dir}", file=sys.stderr, flush=True)
        subprocess.run(["cmake", "-S", BENCH, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", build_dir, "-j2"], check=True,
                       stdout=subprocess.DEVNULL)

    def find(name):
        # bench/ binaries go to <build>/bin; the core's go there too when bench/ is built from the
        # top level, and to <build>/mss-core/bin when the core is pulled into a stand-alone tree.
        for folder in (build_dir / "bin", build_dir / "mss-core" / "bin"):
            if (folder / name).is_file():
                return folder / name
        return None

    binaries = {name: find(name) for name in NAMES}
    for required in ("fts5_peer", "xapian_peer"):
        if not binaries[required]:
            sys.exit(f"bench: {required} was not built in {build_dir}")
    return binaries
