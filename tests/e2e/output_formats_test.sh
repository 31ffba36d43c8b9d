# The output contract for scripts on the real seeds: JSON, JSON Lines, templates, counts, ids and
# paths all describe the same result, and output flags fail cleanly when misused.
. "$(dirname "$0")/lib.sh"
index_seeds
cd "$MSS_SOURCE_DIR" || exit 1

json_field() {  # json_field JSON PYTHON_EXPRESSION_OF_d
    printf '%s' "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"
}

# A phrase is highlighted as one span and a stem in its inflected form, in snippet and headline.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json '"National Police Service" deployed'
assert_status 0 "phrase and stem"
assert_golden "$OUT" phrase_and_stem.json
marked=$(json_field "$OUT" '" ".join(h["snippet"][s:e] for h in d["hits"] for s, e in h["highlights"])')
assert_contains "$marked" "National Police Service" "phrase highlighted as one span"
title_marks=$(json_field "$OUT" '" ".join(h["title"][s:e] for h in d["hits"] for s, e in h["title_highlights"])')
assert_contains "$title_marks" "deployed" "headline highlight"

# JSON Lines: the same hits as --json, one per line, then a summary line.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Murkomen contingent"
whole=$OUT
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --jsonl "Murkomen contingent"
assert_status 0 "--jsonl"
assert_equal "$(printf '%s\n' "$OUT" | wc -l)" 4 "--jsonl lines"
same=$(printf '%s\n%s\n' "$whole" "$OUT" | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
whole, hits, summary = lines[0], lines[1:-1], lines[-1]
print(hits == whole["hits"] and summary["returned"] == 3 and summary["total"] == whole["total"])')
assert_equal "$same" True "--jsonl hits equal --json hits"

# Templates, counts, ids and paths.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --format '{rank}|{date}|{id}' "Murkomen contingent"
assert_status 0 "--format"
assert_contains "$OUT" "1|2025-01-19|003_f810d5dfabb6c1ef.txt" "--format first line"
assert_contains "$OUT" "|undated|002_a86d2ab40e0cc0f1.txt" "--format undated"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --count "Murkomen contingent"
assert_equal "$OUT" 3 "--count"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --count xylophone
assert_status 1 "--count without matches"
assert_equal "$OUT" 0 "--count without matches"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --ids -n 2 "Murkomen contingent"
assert_equal "$OUT" $'003_f810d5dfabb6c1ef.txt\n000_079f2c57e2c3674a.txt' "--ids"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --paths "Murkomen contingent"
assert_equal "$(printf '%s\n' "$OUT" | xargs grep -l Murkomen | wc -l)" 3 "--paths feed xargs"

# Snippet length follows --snippet-chars; colour only when asked for or on a terminal.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --snippet-chars 80 "Murkomen contingent"
longest=$(json_field "$OUT" 'max(len(h["snippet"]) for h in d["hits"])')
[ "$longest" -le 82 ] || fail "--snippet-chars 80 gave a snippet of $longest characters"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --color=never "Murkomen"
assert_not_contains "$OUT" $'\x1b[' "--color=never"
NO_COLOR=1 run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --color=always "Murkomen"
assert_contains "$OUT" $'\x1b[1;33m' "--color=always wins over NO_COLOR"

# No pager unless asked; asked for, only on a terminal (script(1) gives the command one).
PAGER="sed s/^/paged:/" run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --pager "Murkomen"
assert_not_contains "$OUT" "paged:" "--pager on a pipe"
assert_contains "$OUT" "3 articles matched" "--pager on a pipe"
if command -v script >/dev/null; then
    PAGER="sed s/^/paged:/" run script -qec "'$MSS_SEARCH_BIN' --index '$SEED_INDEX' Murkomen" /dev/null
    assert_not_contains "$OUT" "paged:" "terminal output without --pager"
    PAGER="sed s/^/paged:/" run script -qec \
        "'$MSS_SEARCH_BIN' --index '$SEED_INDEX' --pager Murkomen" /dev/null
    assert_contains "$OUT" "paged:3 articles matched" "--pager on a terminal"
else
    echo "skipping the terminal pager checks: no script(1)"
fi

# Misused output flags: exit 2 and one line naming the problem.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --ids "Murkomen"
assert_status 2 "two output formats"
assert_contains "$ERR" "--json and --ids cannot be used together" "two output formats"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --format '{rank} {headline}' "Murkomen"
assert_status 2 "bad template"
assert_contains "$ERR" "unknown field '{headline}' at character 8" "bad template"
assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "bad template message lines"
assert_equal "$OUT" "" "bad template output"

finish
