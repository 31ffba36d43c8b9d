# mss-index --shards: every article lands in exactly one shard, searches over the shards find what
# one index finds, a nightly run writes only the shards whose articles changed, and a different
# shard count needs --rebuild.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
IDX="$SCRATCH/index"
mkdir -p "$SRC"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SRC/"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/one" "$SRC" || fail "indexing one index"

ids() {  # ids INDEX QUERY: the ids found, in order, one line
    "$MSS_SEARCH_BIN" --index "$1" --ids -n 100 "$2" | tr '\n' ' '
}
wrote() {  # wrote SHARD_FOLDER: whether the last run wrote that shard
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["wrote"])' "$1/last-run.json"
}
shard_articles() {  # shard_articles SHARD_FOLDER: articles in the shard
    "$MSS_INDEX_BIN" --stats --index "$1" | sed -n 's/^articles: *\([0-9]*\).*/\1/p'
}

run "$MSS_INDEX_BIN" --shards 2 --index "$IDX" "$SRC"
assert_status 0 "first sharded run"
assert_contains "$OUT" "5 added, 0 updated, 0 deleted, 0 unchanged" "first sharded run summary"
assert_equal "$(cat "$IDX/XAPIANDB")" "auto shard-1-of-2
auto shard-2-of-2" "the stub lists the shards"
first=$(shard_articles "$IDX/shard-1-of-2")
second=$(shard_articles "$IDX/shard-2-of-2")
assert_equal "$((first + second))" 5 "articles over the shards"
[ "$first" -gt 0 ] && [ "$second" -gt 0 ] || fail "a shard is empty ($first, $second)"
for query in Haiti "Murkomen contingent" police "person:barbeque"; do
    assert_equal "$(ids "$IDX" "$query")" "$(ids "$SCRATCH/one" "$query")" "ids for $query"
done
run "$MSS_INDEX_BIN" --stats --index "$IDX"
assert_contains "$OUT" "2 shards: shard-1-of-2/gen-000001 shard-2-of-2/gen-000001" "stats"

# A night with nothing new writes no shard; a changed article rewrites its shard only.
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_contains "$OUT" "0 added, 0 updated, 0 deleted, 5 unchanged" "no-change run keeps 2 shards"
assert_equal "$(wrote "$IDX/shard-1-of-2") $(wrote "$IDX/shard-2-of-2")" "False False" \
    "no shard written when nothing changed"
changed=$(ls "$SRC"/*.txt | head -1)
printf ' date 2025-03-03 Quillwort report replaces the old story\nRewritten.\n' >"$changed"
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_contains "$OUT" "0 added, 1 updated, 0 deleted, 4 unchanged" "one article changed"
holder=$("$MSS_SEARCH_BIN" --index "$IDX/shard-1-of-2" --count Quillwort)
if [ "$holder" = 1 ]; then expected="True False"; else expected="False True"; fi
assert_equal "$(wrote "$IDX/shard-1-of-2") $(wrote "$IDX/shard-2-of-2")" "$expected" \
    "only the changed article's shard was written"

# Another shard count: refused without --rebuild, then split anew.
run "$MSS_INDEX_BIN" --shards 3 --index "$IDX" "$SRC"
assert_status 2 "--shards 3 on a 2-shard index"
assert_contains "$ERR" "holds 2 shards, not 3 shards; only a rebuild can split it anew" "the refusal"
run "$MSS_INDEX_BIN" --shards 3 --rebuild --index "$IDX" "$SRC"
assert_status 0 "re-sharding with --rebuild"
assert_equal "$(grep -c shard- "$IDX/XAPIANDB")" 3 "the stub lists 3 shards"
assert_equal "$("$MSS_SEARCH_BIN" --index "$IDX" --count Quillwort)" 1 "the changed article"
run "$MSS_INDEX_BIN" --stats --index "$IDX"
assert_contains "$OUT" "articles:   5 " "every article once over 3 shards"

# An unsharded index is not split by accident, and the shards are not written as one index.
run "$MSS_INDEX_BIN" --shards 2 --index "$SCRATCH/one" "$SRC"
assert_status 2 "--shards 2 on an unsharded index"
run "$MSS_INDEX_BIN" --shards 1 --index "$IDX" "$SRC"
assert_status 2 "--shards 1 on a sharded index"

finish
