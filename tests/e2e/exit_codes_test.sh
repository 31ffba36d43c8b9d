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

# Numbers are checked: a negative or out-of-range value is a usage error, not a wrapped one.
for args in "-n -1" "--offset -1" "--snippet-chars -5" "-n 4294967296" "-n 1x" "--timeout -1" \
    "--time-limit -1" "--time-limit abc"; do
    # shellcheck disable=SC2086
    run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" $args Murkomen
    assert_status 2 "mss-search $args"
    assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "mss-search $args message lines"
done
for args in "--batch -1" "--max-bytes -1" "--threads -1" "--max-delete -1" "--shards 4294967297"; do
    # shellcheck disable=SC2086
    run "$MSS_INDEX_BIN" --index "$SCRATCH/numbers" $args "$MSS_SOURCE_DIR/seeds"
    assert_status 2 "mss-index $args"
    assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "mss-index $args message lines"
done
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" -n 3 --offset 1 --snippet-chars 50 Haiti
assert_status 0 "valid numbers"

# A query's prefixes share one budget: many of them is a bad query, not minutes of work.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --time-limit 30 "$(printf 'a-%s* ' a b c d e f g h i j k l m n o p)"
# Within the budget: searched (0 or 1, as the words match or not), never refused (2).
[ "$STATUS" -le 1 ] || fail "sixteen small prefix expansions fit the budget: exit status $STATUS (stderr: $ERR)"
# More words than the query's node budget: refused before anything is looked up.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "$(printf 'x %.0s' $(seq 2001))"
assert_status 2 "a query of 2001 words"
assert_equal "$ERR" "mss-search: bad query at character 4001: the query has more than 2000 words, phrases, fields and NOTs; the limit is 2000" "node budget message"
# --time-limit stops a search that runs past it, with one line naming the limit.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --time-limit 0.000001 Haiti
assert_status 2 "a search past --time-limit"
assert_equal "$ERR" "mss-search: the search ran past --time-limit 1e-06 s; stopped" "time limit message"
finish
