# scripts/shards/serve checks what it started: a port already taken (by a server of another index)
# is an error, and so is a server that does not serve the shard it was started for; the stub is
# not written and no process id is recorded. Skipped when xapian-tcpsrv is not installed.
. "$(dirname "$0")/lib.sh"
if ! command -v xapian-tcpsrv >/dev/null; then
    skip "xapian-tcpsrv not installed (package xapian-tools)"
fi
SERVE="$MSS_SOURCE_DIR/scripts/shards/serve"
STUB="$SCRATCH/remote.stub"
impostor=""
cleanup() {
    [ -n "$impostor" ] && kill "$impostor" 2>/dev/null
    "$SERVE" --stop "$STUB"
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --shards 2 --index "$SCRATCH/index" seeds) ||
    fail "indexing the seeds into 2 shards"
(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --index "$SCRATCH/other" seeds/000_079f2c57e2c3674a.txt) ||
    fail "indexing another index"
ports=$(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(",".join(str(s.getsockname()[1]) for s in socks))')
first=${ports%,*}

# Another index already served on the first port.
setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$first" "$SCRATCH/other" \
    </dev/null >/dev/null 2>&1 &
impostor=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$first") 2>/dev/null && break; sleep 0.1; done
run timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/index" "$STUB"
assert_status 4 "serve with a port taken"
assert_contains "$ERR" "127.0.0.1:$first" "the error names the port"
[ -e "$STUB" ] && fail "a stub was written although a server failed"
[ -s "$STUB.pids" ] && fail "process ids recorded although a server failed: $(cat "$STUB.pids")"
kill "$impostor"
wait "$impostor" 2>/dev/null
impostor=""

# With the ports free, both servers start and each serves its own shard.
run timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/index" "$STUB"
assert_status 0 "serve with free ports"
run timeout 30 "$MSS_SEARCH_BIN" --index "$STUB" --count Haiti
assert_equal "$OUT" "$("$MSS_SEARCH_BIN" --index "$SCRATCH/index" --count Haiti)" "the served shards answer as the index"

finish
