# Bad input never stops a run: every kind in tests/data/bad_input/ (plus binary, oversized and
# unreadable files made here) is skipped or repaired with a warning naming file and line, counted
# in the summary, and reflected in exit status 5; the good articles are searchable.
. "$(dirname "$0")/lib.sh"

BAD="$MSS_SOURCE_DIR/tests/data/bad_input"
GEN="$SCRATCH/generated"
mkdir -p "$GEN"
printf 'Headline\n\0\0\0binary\0' >"$GEN/binary.txt"
head -c 5000 /dev/zero | tr '\0' 'x' | sed '1s/^/Oversized headline\n/' >"$GEN/oversized.txt"
{
    echo '{"id":"gen-ok","title":"Generated wire about the contingent"}'
    printf '{"id":"gen-huge","body":"%s"}\n' "$(head -c 5000 /dev/zero | tr '\0' 'y')"
    echo '{"id":"gen-after","title":"Line after the oversized one"}'
} >"$GEN/lines.jsonl"
printf 'Locked away\nUnreadable.\n' >"$GEN/unreadable.txt"
chmod 000 "$GEN/unreadable.txt"

# Indexed: good.txt, latin1.txt, bad_date.txt, wire-ok, wire-baddate, wire-latin1,
# wire-number-title, broken-1 (the feed's whole item), broken_page.html, gen-ok, gen-after; root
# reads unreadable.txt too.
GOOD=11
[ "$(id -u)" -eq 0 ] && GOOD=12
run "$MSS_INDEX_BIN" --index "$SCRATCH/index" --max-bytes 4000 "$BAD" "$GEN"
assert_status 5 "indexing bad input"
assert_contains "$OUT" "$GOOD added, 0 updated, 0 deleted, 0 unchanged" "summary counts"
assert_contains "$ERR" "bad_input/empty.txt: empty file; skipped" "empty file"
assert_contains "$ERR" "bad_input/blank.txt: no text" "blank file"
assert_contains "$ERR" "bad_input/latin1.txt:1: invalid UTF-8" "invalid UTF-8 in text"
assert_contains "$ERR" "bad_input/bad_date.txt:1: header date '2025-02-30'" "bad header date"
assert_contains "$ERR" "wire.jsonl:2: not valid JSON" "malformed JSON line"
assert_contains "$ERR" "wire.jsonl:3: no \"id\"" "line without id"
assert_contains "$ERR" "wire.jsonl:4: date 'March the first'" "bad JSON date"
assert_contains "$ERR" "wire.jsonl:5: invalid UTF-8" "invalid UTF-8 in JSON"
assert_contains "$ERR" "wire.jsonl:6: duplicate id 'wire-ok' (first read from" "duplicate id"
assert_contains "$ERR" "wire.jsonl:7: field \"title\" is not a string" "non-string field"
assert_contains "$ERR" "wire.jsonl:8: not a JSON object" "non-object line"
assert_contains "$ERR" "bad_input/broken_feed.rss:6: not well-formed XML" "broken feed"
assert_contains "$ERR" "1 item before it kept" "broken feed keeps its whole item"
assert_contains "$ERR" "bad_input/notes.pdf: not a format the indexer reads" "unknown type"
assert_contains "$ERR" "generated/binary.txt: binary file" "binary file"
assert_contains "$ERR" "generated/oversized.txt: 5" "oversized file"
assert_contains "$ERR" "over the size limit of 4000" "oversized file names the limit"
assert_contains "$ERR" "generated/lines.jsonl:2: 50" "oversized line"
if [ "$(id -u)" -ne 0 ]; then
    assert_contains "$ERR" "generated/unreadable.txt: cannot read file" "unreadable file"
else
    echo "running as root: the unreadable-file check is skipped (root reads any file)"
fi

run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --json "statement radio"
assert_status 0 "repaired article is searchable"
assert_contains "$OUT" '"id":"latin1.txt"' "repaired article"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --json "oversized"
assert_contains "$OUT" '"id":"gen-after"' "line after an oversized one"
assert_not_contains "$OUT" '"id":"oversized.txt"' "oversized file"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --ids '"broken wire base"'
assert_equal "$OUT" "broken-1" "the item before a feed's damage"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --ids '"brokenpage contingent" night'
assert_equal "$OUT" "broken_page.html" "unclosed HTML read as a browser would"
xapian-check "$SCRATCH/index/gen-000001" >/dev/null || fail "xapian-check after bad input"

# The same bad input again: nothing changes, the warnings (and status 5) repeat.
run "$MSS_INDEX_BIN" --index "$SCRATCH/index" --max-bytes 4000 "$BAD" "$GEN"
assert_status 5 "re-run on bad input"
assert_contains "$OUT" "0 added, 0 updated, 0 deleted, $GOOD unchanged" "re-run changes nothing"

finish
