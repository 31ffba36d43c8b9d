# Documented exit codes and one-line error messages of both tools.
. "$(dirname "$0")/lib.sh"
index_seeds

run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "xylophone"
assert_status 1 "no results"
assert_contains "$OUT" "0 articles matched" "no results"

run "$MSS_SEARCH_BIN" --index "$SCRATCH/nowhere" "Murkomen"
assert_status 3 "missing index"
assert_contains "$ERR" "mss-index --index $SCRATCH/nowhere" "missing index message"
assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "missing index message lines"

run "$MSS_SEARCH_BIN" --index "$SEED_INDEX"
assert_status 2 "no query"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --no-such-flag x
assert_status 2 "unknown flag"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --color=sometimes x
assert_status 2 "bad --color"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" '"" ...'
assert_status 2 "query without words"
assert_contains "$ERR" "bad query at character" "query error message"

for tool in "$MSS_SEARCH_BIN" "$MSS_INDEX_BIN"; do
    run "$tool" --help
    assert_status 0 "$tool --help"
    assert_contains "$OUT" "Exit status:" "$tool --help"
    run "$tool" --version
    assert_status 0 "$tool --version"
    assert_contains "$OUT" "0." "$tool --version"
done

run "$MSS_INDEX_BIN" --index "$SCRATCH/other"
assert_status 2 "mss-index without PATH"
run "$MSS_INDEX_BIN" --index "$SCRATCH/other" "$SCRATCH/does-not-exist"
assert_status 4 "mss-index on a missing path"
assert_contains "$ERR" "does-not-exist: no such file or directory" "missing path message"

finish
