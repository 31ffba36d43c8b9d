# Hostile input beyond tests/e2e/bad_input_test.sh: huge, deeply nested and truncated sources,
# impossible dates, monstrous queries and broken index folders. Each case asserts its exact message
# and exit status (docs/HOSTILE_INPUT.md lists them); none may crash, hang or damage the index.
# Large files are generated here in the scratch folder, never committed.
. "$(dirname "$0")/lib.sh"
index_seeds

# peak_rss_kb CMD...: runs CMD like `run` and sets PEAK_KB to its peak resident set size.
peak_rss_kb() {
    OUT=$(/usr/bin/time -f '%M' -o "$SCRATCH/rss" "$@" 2>"$SCRATCH/stderr")
    STATUS=$?
    ERR=$(cat "$SCRATCH/stderr")
    PEAK_KB=$(tail -n 1 "$SCRATCH/rss")
}
# Reading a huge source may cost a few buffers, never the file: under its 100 MB (about 21 MB in
# a Release build). ASan's shadow memory and quarantine multiply what a process keeps resident,
# so the sanitizer build, run for memory errors, gets a looser bound; the Release run checks this.
MAX_RSS_KB=$((90 * 1024))
[ "${MSS_SANITIZE:-0}" = 1 ] && MAX_RSS_KB=$((4 * MAX_RSS_KB))

# --- sources -------------------------------------------------------------------------------------
HUGE="$SCRATCH/huge"
mkdir -p "$HUGE"
{ printf 'One endless headline '; head -c 100000000 /dev/zero | tr '\0' 'x'; } >"$HUGE/one-line.txt"
{ printf '{"id":"endless","body":"'; head -c 100000000 /dev/zero | tr '\0' 'y'; printf '"}'; } \
    >"$HUGE/one-line.jsonl"
if [ -x /usr/bin/time ]; then
    peak_rss_kb "$MSS_INDEX_BIN" --index "$SCRATCH/huge-index" "$HUGE"
    assert_status 5 "100 MB single-line files"
    assert_contains "$ERR" "huge/one-line.txt: 100000021 bytes, over the size limit of 8388608; skipped" \
        "100 MB text file"
    assert_contains "$ERR" "huge/one-line.jsonl:1: 100000026 bytes, over the size limit of 8388608; line skipped" \
        "100 MB JSON line"
    [ "$PEAK_KB" -lt "$MAX_RSS_KB" ] ||
        fail "indexing 100 MB single-line files peaked at $PEAK_KB kB (limit $MAX_RSS_KB kB)"
    echo "peak RSS indexing two 100 MB single-line files: $PEAK_KB kB"
else
    echo "/usr/bin/time is missing: the 100 MB single-line checks are skipped"
fi
rm -rf "$HUGE"

NESTED="$SCRATCH/nested"
mkdir -p "$NESTED"
{
    printf '{"id":"deep","body":'; head -c 100000 /dev/zero | tr '\0' '['; printf '\n'
    printf '{"id":"truncated","title":"Kenyan police arrive in Port-au-Pr\n'
    printf '{"id":"cut-after-key",\n'
    printf '{"id":"fine","title":"Contingent lands after nested junk"}\n'
} >"$NESTED/wire.jsonl"
run "$MSS_INDEX_BIN" --index "$SCRATCH/nested-index" "$NESTED"
assert_status 5 "nested and truncated JSON"
assert_contains "$ERR" "nested/wire.jsonl:1: not valid JSON at byte 100021; line skipped" \
    "100k nested brackets"
assert_contains "$ERR" "nested/wire.jsonl:2: not valid JSON at byte 62; line skipped" \
    "truncated string"
assert_contains "$ERR" "nested/wire.jsonl:3: not valid JSON at byte 23; line skipped" \
    "truncated object"
assert_contains "$OUT" "1 added" "the good line after nested junk"

DATES="$SCRATCH/dates"
mkdir -p "$DATES"
printf ' date 99999-01-01 Far future headline\nBody about the mission.\n' >"$DATES/year99999.txt"
printf ' date 2025-02-30 Impossible day headline\nBody about the mission.\n' >"$DATES/feb30.txt"
{
    echo '{"id":"json-99999","title":"Far future wire","date":"99999-01-01"}'
    echo '{"id":"json-feb30","title":"Impossible day wire","date":"2025-02-30"}'
} >"$DATES/wire.jsonl"
run "$MSS_INDEX_BIN" --index "$SCRATCH/dates-index" "$DATES"
assert_status 5 "impossible dates in sources"
assert_contains "$OUT" "4 added" "articles with impossible dates are kept, undated"
assert_contains "$ERR" \
    "dates/year99999.txt:1: header date '99999-01-01' is not a valid YYYY-MM-DD day; article left undated" \
    "year 99999 header"
assert_contains "$ERR" \
    "dates/feb30.txt:1: header date '2025-02-30' is not a valid YYYY-MM-DD day; article left undated" \
    "Feb 30 header"
assert_contains "$ERR" \
    "dates/wire.jsonl:1: date '99999-01-01' is not an ISO 8601 day; article left undated" \
    "year 99999 JSON"
assert_contains "$ERR" \
    "dates/wire.jsonl:2: date '2025-02-30' is not an ISO 8601 day; article left undated" \
    "Feb 30 JSON"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/dates-index" --json "headline"
assert_contains "$OUT" '"title":"Far future headline","date":null' "year 99999 header is not headline"

# --- queries -------------------------------------------------------------------------------------
# 100k characters of real words (unbounded, this took minutes): refused at the length limit.
LONG_QUERY=$(yes 'contingent Kenya police Haiti mission' | head -c 100000 | tr '\n' ' ')
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "$LONG_QUERY"
assert_status 2 "query of 100k characters"
assert_equal "$ERR" \
    "mss-search: bad query at character 8001: query is 100000 characters long; the limit is 8000" \
    "100k-character query message"

# 10k nested parentheses are over the length limit; 150 (within it) meet the nesting cap of 100.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" \
    "$(head -c 10000 /dev/zero | tr '\0' '(')contingent$(head -c 10000 /dev/zero | tr '\0' ')')"
assert_status 2 "10k nested parentheses"
assert_equal "$ERR" \
    "mss-search: bad query at character 8001: query is 20010 characters long; the limit is 8000" \
    "10k nested parentheses message"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" \
    "$(head -c 150 /dev/zero | tr '\0' '(')contingent$(head -c 150 /dev/zero | tr '\0' ')')"
assert_status 2 "150 nested parentheses"
assert_equal "$ERR" "mss-search: bad query at character 101: parentheses or NOTs nested too deeply" \
    "150 nested parentheses message"

run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "contingent date:2025-02-30"
assert_status 2 "February 30 in a query"
assert_equal "$ERR" \
    "mss-search: bad query at character 17: date: '2025-02-30' is not a calendar day" \
    "February 30 message"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "contingent date:99999-01-01"
assert_status 2 "year 99999 in a query"
assert_contains "$ERR" \
    "mss-search: bad query at character 17: date: '99999-01-01' is not a date (YYYY, YYYY-MM," \
    "year 99999 message"

# Every hostile query in the bad-input corpus ends with a result or a usage error, never a crash.
while IFS= read -r query; do
    run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$query"
    case "$STATUS" in
        0 | 1 | 2) ;;
        *) fail "query '$query': exit status $STATUS (stderr: $ERR)" ;;
    esac
done <"$MSS_SOURCE_DIR/tests/data/bad_input/queries.list"

# A prefix after other words (found by fuzzing: Xapian phrases take no wildcards).
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Kenya-pol*"
assert_status 0 "prefix after other words"
assert_contains "$OUT" '"total":' "prefix after other words gives results"

# a* would expand to most of the vocabulary: it is capped, and the user is told. The seeds hold
# too few a-words, so an article with 1,000 of them is added.
VOCABULARY="$SCRATCH/vocabulary"
mkdir -p "$VOCABULARY"
{ echo "Vocabulary"; for i in $(seq 1 1000); do printf 'a%sz ' "$i"; done; echo; } \
    >"$VOCABULARY/words.txt"
run "$MSS_INDEX_BIN" --quiet --index "$SEED_INDEX" "$MSS_SOURCE_DIR/seeds" "$VOCABULARY"
assert_status 0 "indexing the vocabulary article"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "a*"
assert_status 0 "a*"
assert_contains "$OUT" '"notes":["'"'"'a*'"'"' matches more than 200 words; only the 200 most frequent were searched"]' \
    "a* note in JSON"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "a*"
assert_contains "$OUT" "Note: 'a*' matches more than 200 words; only the 200 most frequent were searched." \
    "a* note in text"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "contingen*"
assert_not_contains "$OUT" '"notes"' "a prefix with few words has no note"

# --- index folders -------------------------------------------------------------------------------
mkdir "$SCRATCH/empty-dir"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/empty-dir" contingent
assert_status 3 "empty index folder"
assert_equal "$ERR" "mss-search: no index at $SCRATCH/empty-dir; build one with: mss-index --index $SCRATCH/empty-dir PATH..." \
    "empty index folder message"

mkdir "$SCRATCH/not-an-index"
printf 'just some notes\n' >"$SCRATCH/not-an-index/XAPIANDB"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/not-an-index" contingent
assert_status 3 "not an index"
assert_equal "$ERR" "mss-search: $SCRATCH/not-an-index/XAPIANDB:1: unknown database type \"just\" (expected auto, glass or remote)" \
    "not-an-index message"
run "$MSS_INDEX_BIN" --index "$SCRATCH/not-an-index" "$MSS_SOURCE_DIR/seeds"
assert_status 3 "indexing into something that is not an index"
assert_equal "$ERR" "mss-index: $SCRATCH/not-an-index/XAPIANDB: not an mss-search index stub" \
    "indexing into not-an-index message"
assert_equal "$(cat "$SCRATCH/not-an-index/XAPIANDB")" "just some notes" "not-an-index left alone"

cp -r "$SEED_INDEX" "$SCRATCH/truncated"
table=$(ls -S "$SCRATCH"/truncated/gen-*/postlist.glass | head -n 1)
truncate -s 100 "$table"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/truncated" contingent
assert_status 3 "truncated index"
# The block Xapian stops at depends on the index's size, so the message is checked up to it.
assert_contains "$ERR" "mss-search: $SCRATCH/truncated: cannot open index: DatabaseError: EOF reading block " \
    "truncated index message"
assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "truncated index message lines"

# Read-only: searches work, an update fails with one line and leaves the index as it was. Root
# writes through file modes, so the folder is bind-mounted read-only.
cp -r "$SEED_INDEX" "$SCRATCH/ro-source"
mkdir "$SCRATCH/read-only"
if mount --bind "$SCRATCH/ro-source" "$SCRATCH/read-only" 2>/dev/null &&
    mount -o remount,bind,ro "$SCRATCH/read-only" 2>/dev/null; then
    run "$MSS_SEARCH_BIN" --index "$SCRATCH/read-only" contingent
    assert_status 0 "search on a read-only index"
    printf 'Fresh headline\nA new article.\n' >"$SCRATCH/fresh.txt"
    run "$MSS_INDEX_BIN" --index "$SCRATCH/read-only" "$SCRATCH/fresh.txt"
    assert_status 4 "indexing into a read-only index"
    assert_equal "$ERR" \
        "mss-index: $SCRATCH/read-only: cannot write to the index folder: Read-only file system" \
        "read-only index message"
    umount "$SCRATCH/read-only"
else
    umount "$SCRATCH/read-only" 2>/dev/null
    echo "cannot bind-mount read-only here: the read-only index check is skipped"
fi

# Full disk: a file size limit makes every write past it fail with EFBIG (SIGXFSZ is ignored, as
# a full disk sends no signal). The run fails with one line; the index stays searchable at its
# last good state and passes xapian-check.
cp -r "$SEED_INDEX" "$SCRATCH/full"
MANY="$SCRATCH/many"
mkdir -p "$MANY"
for i in $(seq 1 400); do
    printf 'Contingent report %s\n%s\n' "$i" "$(head -c 3000 /dev/urandom | base64 -w 0)" \
        >"$MANY/report-$i.txt"
done
OUT=$(trap '' XFSZ; ulimit -f 200; "$MSS_INDEX_BIN" --index "$SCRATCH/full" "$MANY" 2>"$SCRATCH/stderr")
STATUS=$?
ERR=$(cat "$SCRATCH/stderr")
assert_status 4 "indexing onto a full disk"
assert_contains "$ERR" "mss-index: $SCRATCH/many/report-" "full disk message names the article"
assert_contains "$ERR" ": cannot index: DatabaseError: Error writing block " "full disk message"
assert_contains "$ERR" "(File too large)" "full disk message gives the cause"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/full" --json contingent
assert_status 0 "index searchable after a full disk"
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" \
    "$(printf '%s' "$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json contingent)" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" \
    "full-disk index at its last good state"
for generation in "$SCRATCH"/full/gen-*; do
    xapian-check "$generation" >/dev/null || fail "xapian-check $generation after a full disk"
done

finish
