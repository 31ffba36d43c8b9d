# Nightly runs between which articles are added, changed and deleted: each run brings the index
# in line with the folder, says what it did, and a run with nothing to do writes nothing.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
IDX="$SCRATCH/index"
mkdir -p "$SRC/2025"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SRC/"

hits() {  # hits QUERY: the ids mss-search returns, sorted, one line
    "$MSS_SEARCH_BIN" --index "$IDX" --json -n 100 "$1" |
        python3 -c 'import json,sys; print(" ".join(sorted(h["id"] for h in json.load(sys.stdin)["hits"])))'
}

run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 0 "first run"
assert_contains "$OUT" "5 added, 0 updated, 0 deleted, 0 unchanged" "first run summary"

# Night 2: nothing changed.
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 0 "no-change run"
assert_contains "$OUT" "0 added, 0 updated, 0 deleted, 5 unchanged" "no-change summary"
assert_contains "$OUT" "nothing changed, nothing written" "no-change run says so"

# Night 3: one new article in a subfolder, one changed, one deleted.
printf ' date 2025-03-02 Zanzibari observers reach Gonaives\nThe observers met the Kenyan commander.\n' \
    >"$SRC/2025/new.txt"
changed=$(ls "$SRC"/0*.txt | head -1)
printf ' date 2025-03-03 Quillwort report replaces the old story\nRewritten.\n' >"$changed"
deleted=$(ls "$SRC"/0*.txt | tail -1)
deleted_id=$(basename "$deleted")
deleted_word=$(sed -n 1p "$deleted" | awk '{print $NF}')
rm "$deleted"
run "$MSS_INDEX_BIN" --index "$IDX" --dry-run "$SRC"
assert_status 0 "dry run"
assert_contains "$OUT" "add 2025/new.txt" "dry run lists the addition"
assert_contains "$OUT" "update $(basename "$changed")" "dry run lists the change"
assert_contains "$OUT" "delete $deleted_id" "dry run lists the deletion"
assert_equal "$(hits Zanzibari)" "" "dry run wrote nothing"

run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 0 "third run"
assert_contains "$OUT" "1 added, 1 updated, 1 deleted, 3 unchanged" "third run summary"
assert_equal "$(hits Zanzibari)" "2025/new.txt" "new article found by its id"
assert_equal "$(hits Quillwort)" "$(basename "$changed")" "changed article has its new text"
run "$MSS_SEARCH_BIN" --index "$IDX" --json -n 100 "$deleted_word"
assert_not_contains "$OUT" "\"id\":\"$deleted_id\"" "deleted article gone"

# --no-delete keeps an article whose file vanished.
rm "$SRC/2025/new.txt"
run "$MSS_INDEX_BIN" --index "$IDX" --no-delete "$SRC"
assert_contains "$OUT" "0 deleted" "--no-delete"
assert_equal "$(hits Zanzibari)" "2025/new.txt" "--no-delete kept the article"

# The same folder spelled differently is the same source root: the deletion happens now.
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC/./"
assert_contains "$OUT" "1 deleted" "same root, other spelling"
assert_equal "$(hits Zanzibari)" "" "vanished article removed"

# --rebuild: a new generation goes live, the previous one stays for running searches.
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
assert_status 0 "rebuild"
assert_contains "$OUT" "rebuilt: 0 added, 0 updated, 0 deleted, 4 unchanged, 0 kept" "rebuild summary"
assert_equal "$(cat "$IDX/XAPIANDB")" "auto gen-000002" "stub names the new generation"
[ -d "$IDX/gen-000001" ] || fail "previous generation kept after the swap"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
[ -d "$IDX/gen-000001" ] && fail "generation older than the previous one removed"
xapian-check "$IDX/gen-000003" >/dev/null || fail "xapian-check on the rebuilt index"

run "$MSS_INDEX_BIN" --stats --index "$IDX"
assert_status 0 "--stats"
assert_contains "$OUT" "articles:   4 (" "stats article count"
assert_contains "$OUT" "gen-000003" "stats generation"
assert_contains "$OUT" "source:     $SRC (4 articles)" "stats source root"
assert_contains "$OUT" '"mode":"rebuild"' "stats last run"

# One writer at a time: a held lock makes a second run exit 6, or wait with --wait.
flock "$IDX" sleep 2 &
holder=$!
sleep 0.3
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 6 "second writer"
assert_contains "$ERR" "another writer is updating this index (use --wait to wait)" "busy message"
run "$MSS_INDEX_BIN" --index "$IDX" --wait "$SRC"
assert_status 0 "second writer with --wait"
assert_contains "$ERR" "waiting" "--wait says it waits"
wait "$holder"

# A damaged live index: incremental runs refuse it (3), --rebuild starts afresh.
rm -f "$IDX/$(awk '{print $2}' "$IDX/XAPIANDB")"/*.glass
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 3 "incremental run on a damaged index"
assert_contains "$ERR" "(a rebuild starts afresh)" "damaged index message"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
assert_status 0 "--rebuild over a damaged index"
assert_equal "$(hits Quillwort)" "$(basename "$changed")" "search after recovering"

finish
