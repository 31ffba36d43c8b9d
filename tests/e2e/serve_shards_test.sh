# mss-serve on a sharded index with a shard gone: 503 naming the shard, unless partial=1, which
# answers byte for byte what mss-search --partial --json prints; back to 200 once it returns.
. "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || skip "curl is not installed"
(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --shards 2 --index "$SCRATCH/index" seeds) ||
    fail "indexing the seeds into 2 shards"
start_server --index "$SCRATCH/index" --quiet || finish

status_of() { curl -s -o "$SCRATCH/body" -w '%{http_code}' "$SERVE_URL$1"; }

assert_equal "$(status_of '/search?q=Haiti')" 200 "all shards there"
"$MSS_SEARCH_BIN" --index "$SCRATCH/index" --json Haiti >"$SCRATCH/cli.json"
cmp -s "$SCRATCH/cli.json" "$SCRATCH/body" || fail "all shards: /search differs from mss-search --json"

mv "$SCRATCH/index/shard-2-of-2" "$SCRATCH/away"
assert_equal "$(status_of '/search?q=Haiti')" 503 "a shard gone"
assert_contains "$(cat "$SCRATCH/body")" '"kind":"shard-unavailable"' "a shard gone"
assert_contains "$(cat "$SCRATCH/body")" 'shard-2-of-2' "the error names the shard"
assert_equal "$(status_of '/health')" 503 "/health with a shard gone"
assert_equal "$(status_of '/search?q=Haiti&partial=1')" 200 "a shard gone, partial=1"
"$MSS_SEARCH_BIN" --index "$SCRATCH/index" --partial --json Haiti >"$SCRATCH/cli.json"
cmp -s "$SCRATCH/cli.json" "$SCRATCH/body" ||
    fail "partial=1 differs from mss-search --partial --json: $(diff "$SCRATCH/cli.json" "$SCRATCH/body" | head -c 300)"
assert_contains "$(cat "$SCRATCH/body")" '"partial":true' "partial=1 says so"

mv "$SCRATCH/away" "$SCRATCH/index/shard-2-of-2"
assert_equal "$(status_of '/search?q=Haiti')" 200 "the shard back"
assert_contains "$(cat "$SCRATCH/body")" '"partial":false' "the shard back"
stop_server
finish
