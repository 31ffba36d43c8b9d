# Faults a real nightly run meets: a missing or edited stub, stray folders named like generations,
# an empty or vanished source, a file cut mid-line, a rebuild of one source among several. None of
# them may lose an article from the index.
. "$(dirname "$0")/lib.sh"

IDX="$SCRATCH/index"
SRC="$SCRATCH/articles"
OTHER="$SCRATCH/other"
mkdir -p "$SRC" "$OTHER"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SRC/"

count() {  # count: articles in the live index
    "$MSS_INDEX_BIN" --stats --index "$IDX" 2>/dev/null | sed -n 's/^articles: *\([0-9]*\).*/\1/p'
}
generations() { (cd "$IDX" && ls -d gen-* 2>/dev/null | tr '\n' ' '); }

# A folder of N JSON articles, one file.
write_jsonl() {  # write_jsonl FILE N
    python3 - "$1" "$2" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for i in range(int(sys.argv[2])):
        out.write(json.dumps({"id": "j%04d" % i, "title": "Gonaives report %d" % i,
                              "date": "2025-01-02", "body": "Kenyan officers patrolled. " * 20}) + "\n")
PY
}

run "$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC"
assert_status 0 "first run"
assert_equal "$(count)" 5 "first run indexed the seeds"

# 1. A missing stub with a generation present: an error that says how to recover; nothing deleted.
mv "$IDX/XAPIANDB" "$SCRATCH/stub"
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 3 "run with the stub missing"
assert_contains "$ERR" "gen-000001" "the error names the generation to recover"
assert_equal "$(generations)" "gen-000001 " "no generation deleted when the stub is missing"
mv "$SCRATCH/stub" "$IDX/XAPIANDB"
assert_equal "$(count)" 5 "the index is whole after restoring the stub"

# Two rebuilds: gen-000002 retired by the second, gen-000001 by the first and removed.
mkdir "$IDX/gen-000001.bak" "$IDX/gen-notes"
"$MSS_INDEX_BIN" --quiet --index "$IDX" --rebuild "$SRC" || fail "rebuild 1"
"$MSS_INDEX_BIN" --quiet --index "$IDX" --rebuild "$SRC" || fail "rebuild 2"
assert_equal "$(cat "$IDX/XAPIANDB")" "auto gen-000003" "two rebuilds"
[ -d "$IDX/gen-000002" ] || fail "the previous generation is kept"
[ -d "$IDX/gen-000001" ] && fail "a generation retired two rebuilds ago is removed"
[ -d "$IDX/gen-000001.bak" ] || fail "a folder merely named gen-*.bak is not deleted"
[ -d "$IDX/gen-notes" ] || fail "a folder merely named gen-notes is not deleted"

# A stub edited to name a missing generation: exit 3, the others stay.
echo "auto gen-000009" >"$IDX/XAPIANDB"
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 3 "stub naming a missing generation"
assert_contains "$ERR" "gen-000009" "the error names the missing generation"
[ -d "$IDX/gen-000002" ] && [ -d "$IDX/gen-000003" ] || fail "generations deleted: $(generations)"

# A rollback (the stub pointed back at the previous generation) keeps the newer one.
echo "auto gen-000002" >"$IDX/XAPIANDB"
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 0 "run after a rollback"
[ -d "$IDX/gen-000003" ] || fail "a rollback deleted the newer generation"
echo "auto gen-000003" >"$IDX/XAPIANDB"

# 2. An empty source folder (an unmounted share) deletes nothing, says so and exits 5.
mkdir "$SCRATCH/away"
mv "$SRC"/*.txt "$SCRATCH/away/"
run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 5 "run on an emptied source"
assert_contains "$ERR" "$SRC" "the warning names the source"
assert_equal "$(count)" 5 "an emptied source keeps its articles"
# Over the threshold: two of five deleted with --max-delete 1.
mv "$SCRATCH/away"/00[0-2]*.txt "$SRC/"
run "$MSS_INDEX_BIN" --index "$IDX" --max-delete 1 "$SRC"
assert_status 5 "run deleting more than --max-delete"
assert_equal "$(count)" 5 "deletions over --max-delete are refused"
run "$MSS_INDEX_BIN" --index "$IDX" --max-delete 2 "$SRC"
assert_status 0 "run within --max-delete"
assert_equal "$(count)" 3 "deletions within --max-delete happen"
mv "$SRC"/*.txt "$SCRATCH/away/"
run "$MSS_INDEX_BIN" --index "$IDX" --force-delete "$SRC"
assert_status 0 "--force-delete on an emptied source"
assert_equal "$(count)" 0 "--force-delete deletes every article of the source"
mv "$SCRATCH/away"/*.txt "$SRC/"
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC" || fail "restoring the seeds"
# A rebuild from an emptied source is not published: the live index keeps the articles.
mv "$SRC"/*.txt "$SCRATCH/away/"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
assert_status 5 "rebuild from an emptied source"
assert_contains "$ERR" "$SRC" "the rebuild warning names the source"
assert_equal "$(count)" 5 "a rebuild from an emptied source keeps its articles"
mv "$SCRATCH/away"/*.txt "$SRC/"

# 3. A .jsonl cut mid-line (a copy in progress) keeps every article it held.
write_jsonl "$OTHER/wire.jsonl" 200
run "$MSS_INDEX_BIN" --quiet --index "$IDX" "$OTHER"
assert_equal "$(count)" 205 "the wire file indexed"
size=$(stat -c %s "$OTHER/wire.jsonl")
truncate -s $((size / 3)) "$OTHER/wire.jsonl"
run "$MSS_INDEX_BIN" --index "$IDX" "$OTHER"
assert_status 5 "run on a file cut mid-line"
assert_contains "$ERR" "wire.jsonl" "the warning names the file"
assert_equal "$(count)" 205 "a file cut mid-line keeps its articles"
write_jsonl "$OTHER/wire.jsonl" 200

# 4. --rebuild of one source rereads the others the index was built from.
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
assert_status 0 "rebuild naming one of two sources"
assert_equal "$(count)" 205 "a rebuild keeps the articles of the other source"

# A recorded source whose folder is gone at a rebuild (moved, renamed, not mounted): its articles
# are kept from the stored text, with a warning naming it and status 5, until it is dropped by name.
mv "$OTHER" "$SCRATCH/other-moved"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SRC"
assert_status 5 "rebuild with a recorded source gone"
assert_contains "$ERR" "warning: $OTHER: the index was built from this source, which is gone" \
    "the warning names the gone source"
assert_contains "$ERR" "(--drop-source PATH drops them)" "the warning says how to drop it"
assert_contains "$OUT" "rebuilt: 0 added, 0 updated, 0 deleted, 5 unchanged, 200 kept" \
    "the kept articles are counted as kept"
assert_equal "$(count)" 205 "a rebuild keeps the articles of a gone source"
run "$MSS_SEARCH_BIN" --index "$IDX" --json -n 1 '"Gonaives report 17"'
assert_contains "$OUT" '"id":"j0017"' "a kept article is searchable by its words"
assert_contains "$OUT" '"date":"2025-01-02"' "a kept article keeps its date"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild --drop-source "$OTHER/" "$SRC"
assert_status 0 "rebuild dropping the gone source"
assert_contains "$OUT" "rebuilt: 0 added, 0 updated, 200 deleted, 5 unchanged, 0 kept" \
    "dropped articles are counted as deleted"
assert_equal "$(count)" 5 "--drop-source drops the gone source's articles"

# 6. Entity files given at build time stay in use; changing them is explicit.
ENT="$SCRATCH/entity-index"
printf 'organisation\tfob\tForward Operating Base\n' >"$SCRATCH/more.tsv"
"$MSS_INDEX_BIN" --quiet --index "$ENT" --entities "$SCRATCH/more.tsv" "$SRC" || fail "--entities"
printf 'Base opens\nThe Forward Operating Base opened near Gonaives.\n' >"$SRC/fob.txt"
run "$MSS_INDEX_BIN" --index "$ENT" "$SRC"
assert_status 0 "a run without --entities on an index built with them"
assert_not_contains "$ERR" "full rebuild" "no rebuild without the entity file"
run "$MSS_SEARCH_BIN" --index "$ENT" --json "Forward Operating Base"
assert_contains "$OUT" '{"id":"fob","name":"Forward Operating Base"}' "the recorded entity file is used"
printf 'organisation\tfob2\tForward Base Two\n' >>"$SCRATCH/more.tsv"
run "$MSS_INDEX_BIN" --index "$ENT" "$SRC"
assert_status 4 "a recorded entity file that changed"
assert_contains "$ERR" "more.tsv" "the error names the entity file"
run "$MSS_INDEX_BIN" --index "$ENT" --no-extra-entities "$SRC"
assert_status 0 "--no-extra-entities"
run "$MSS_SEARCH_BIN" --index "$ENT" --json "Forward Operating Base"
assert_not_contains "$OUT" '"id":"fob"' "--no-extra-entities builds without them"
rm "$SRC/fob.txt"

finish
