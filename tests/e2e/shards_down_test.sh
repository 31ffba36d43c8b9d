# A sharded index served by xapian-tcpsrv on loopback, with shards going down: a stopped (hung)
# server and a server killed while one mss-search process is running queries. Without --partial
# the error names the shard; with it the others answer and the output says the result is partial.
# Every wait is bounded. Skipped when xapian-tcpsrv (package xapian-tools) is not installed.
. "$(dirname "$0")/lib.sh"
if ! command -v xapian-tcpsrv >/dev/null; then
    skip "xapian-tcpsrv not installed (package xapian-tools)"
fi
SERVE="$MSS_SOURCE_DIR/scripts/shards/serve"
STUB="$SCRATCH/remote.stub"
cleanup() {
    [ -f "$STUB.pids" ] && xargs -r kill -CONT <"$STUB.pids" 2>/dev/null
    "$SERVE" --stop "$STUB"
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --shards 2 --index "$SCRATCH/index" seeds) ||
    fail "indexing the seeds into 2 shards"
ports=$(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(",".join(str(s.getsockname()[1]) for s in socks))')
start_servers() {
    "$SERVE" --stop "$STUB"
    timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/index" "$STUB" || fail "starting the servers"
    second_pid=$(tail -1 "$STUB.pids")
}
start_servers
second="127.0.0.1:${ports#*,}"
S=(timeout 60 "$MSS_SEARCH_BIN" --index "$STUB")
field() { printf '%s' "$1" | python3 -c "import json,sys; d=json.loads(sys.stdin.readline()); print($2)"; }

run "${S[@]}" --json Haiti
assert_status 0 "all shards up"
assert_equal "$(field "$OUT" 'd["total"], d["partial"], d["unavailable_shards"]')" "5 False []" \
    "all shards up"

# A hung server (stopped): the timeouts bound the wait, and the error names the shard.
kill -STOP "$second_pid"
start=$(date +%s)
run "${S[@]}" --timeout 1000 --connect-timeout 1000 Haiti
assert_status 3 "a hung shard without --partial"
assert_contains "$ERR" "shard \"$second\"" "the error for a hung shard"
run "${S[@]}" --timeout 1000 --connect-timeout 1000 --partial --json Haiti
assert_status 0 "a hung shard with --partial"
assert_equal "$(field "$OUT" 'd["partial"], d["unavailable_shards"]')" "True ['$second']" \
    "partial JSON with a hung shard"
[ $(($(date +%s) - start)) -le 20 ] || fail "searches with a hung shard took over 20 s"
kill -CONT "$second_pid"

# A server killed while one mss-search runs queries: the query after the kill fails naming the
# shard, or with --partial is answered by the other shard and flagged.
for partial in "" --partial; do
    start_servers
    coproc SEARCH { "${S[@]}" --json $partial --queries - 2>"$SCRATCH/batch.err"; }
    echo Haiti >&"${SEARCH[1]}"
    read -r -t 30 before <&"${SEARCH[0]}" || fail "no answer before the kill ($partial)"
    assert_equal "$(field "$before" 'd["total"], d["partial"]')" "5 False" \
        "the query before the kill ($partial)"
    kill "$second_pid"
    for _ in $(seq 50); do kill -0 "$second_pid" 2>/dev/null || break; sleep 0.1; done
    echo Haiti >&"${SEARCH[1]}"
    after=""
    read -r -t 30 after <&"${SEARCH[0]}"
    exec {SEARCH[1]}>&-
    wait "$SEARCH_PID"
    STATUS=$?
    if [ -z "$partial" ]; then
        assert_status 3 "the query after the kill"
        assert_contains "$(cat "$SCRATCH/batch.err")" "shard \"$second\"" "the error after the kill"
    else
        assert_status 0 "the query after the kill with --partial"
        assert_equal "$(field "$after" 'd["partial"], d["unavailable_shards"], d["total"] < 5')" \
            "True ['$second'] True" "the partial result after the kill"
    fi
done

# Fresh searches after the kill: the error, and the text a person sees with --partial.
run "${S[@]}" Haiti
assert_status 3 "a dead shard without --partial"
assert_contains "$ERR" "shard \"$second\" of $STUB is unavailable" "the error for a dead shard"
run "${S[@]}" --partial Haiti
assert_status 0 "a dead shard with --partial"
assert_contains "$OUT" "Partial results: shard $second is unavailable" "the partial text output"

finish
