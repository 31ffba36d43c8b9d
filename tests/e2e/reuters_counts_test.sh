# Counts on real data: Reuters-21578 from ../shared/corpora. Totals, --count, --ids and facets
# count the articles with every word only, checked against bounds computed here from the raw
# JSON Lines (never from the tool); totals are exact up to 10,000 matches. Skipped (exit 77)
# when the corpora are absent.
. "$(dirname "$0")/lib.sh"
index_reuters_or_skip
S=("$MSS_SEARCH_BIN" --index "$REUTERS_INDEX")

# with_all 'REGEX' ...: articles whose headline or body matches every regex (case-insensitive).
with_all() {
    python3 - "$CORPUS" "$@" <<'EOF'
import json, re, sys
patterns = [re.compile(p, re.I) for p in sys.argv[2:]]
count = 0
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    text = article.get("title", "") + "\n" + article.get("body", "")
    count += all(p.search(text) for p in patterns)
print(count)
EOF
}
json_field() {
    printf '%s' "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"
}
assert_between() {  # assert_between VALUE LOW HIGH WHAT
    { [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; } || fail "$4: $1 is not within [$2, $3]"
}

# Two words: every article that writes both words is a match, and no article without a form of
# each ("trade", "trades", "trading"; "deficit", "deficits") is one.
lower=$(with_all '\btrade\b' '\bdeficit\b')
upper=$(with_all '\btrad' '\bdeficit')
run "${S[@]}" --count "trade deficit"
assert_status 0 "trade deficit --count"
assert_between "$OUT" "$lower" "$upper" "trade deficit --count"

# A question: the total, --count and --ids count the articles with every word, never the
# partial hits that follow them; the facets count the same articles.
question="wheat export subsidies"
upper=$(with_all '\bwheat' '\bexport' '\bsubsid')
lower=$(with_all '\bwheat\b' '\bexport\b' '\bsubsidies\b')
run "${S[@]}" --json --limit 400 "$question"
total=$(json_field "$OUT" 'd["total"]')
assert_between "$total" "$lower" "$upper" "question total"
assert_equal "$(json_field "$OUT" '[h["matches_all"] for h in d["hits"]] == [True] * d["total"] + [False] * d["partial_hits"], d["relaxed"] == (d["partial_hits"] > 0), d["partial_hits"] > 0')" \
    "True True True" "question: the matches, then the partial hits, counted apart"
assert_equal "$(json_field "$OUT" 'max(f["count"] for f in d["facets"]["country"]) <= d["total"], sum(b["count"] for b in d["facets"]["date"]) + d["facets"]["undated"] == d["total"]')" \
    "True True" "question: facets count the matches only"
run "${S[@]}" --count "$question"
assert_equal "$OUT" "$total" "question --count"
run "${S[@]}" --ids --limit 400 "$question"
assert_equal "$(printf '%s\n' "$OUT" | grep -c .)" "$total" "question --ids lists the matches only"

# An explicit AND with a word no article has: nothing matches, nothing is listed, exit status 1.
assert_equal "$(with_all '\boil\b' 'zzqqxvw')" "0" "oracle: no article has zzqqxvw"
run "${S[@]}" --count "oil AND zzqqxvw"
assert_status 1 "oil AND zzqqxvw --count"
assert_equal "$OUT" "0" "oil AND zzqqxvw --count"
run "${S[@]}" --json "oil AND zzqqxvw"
assert_equal "$(json_field "$OUT" 'd["total"], d["relaxed"], len(d["hits"]), d["facets"]["country"]')" \
    "0 False 0 []" "oil AND zzqqxvw JSON"
# Without AND: still no match and a count of 0, but the closest articles follow, marked.
run "${S[@]}" --json "oil zzqqxvw"
assert_status 1 "oil zzqqxvw"
assert_equal "$(json_field "$OUT" 'd["total"], d["relaxed"], len(d["hits"]) == d["partial_hits"] > 0')" \
    "0 True True" "oil zzqqxvw JSON"

# Totals are exact up to 10,000 matches, on a one-hit page too: the text prints the full count.
lower=$(with_all '\binterest\b' '\brates\b')
upper=$(with_all '\binterest' '\brat')  # "ratings" stems to "rate"
run "${S[@]}" --count --exact "interest rates"
exact=$OUT
assert_between "$exact" "$lower" "$upper" "interest rates --exact"
run "${S[@]}" -n1 --snippet-chars 0 "interest rates"
assert_contains "$OUT" "$exact articles matched; showing 1-1." "interest rates, one-hit page"
run "${S[@]}" --jsonl -n1 "interest rates"
assert_equal "$(printf '%s\n' "$OUT" | tail -1 | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["exact"])')" \
    "$exact True" "interest rates, JSON lines summary"
# Beyond 10,000 matches without facets the text says so instead of printing an estimate.
run "${S[@]}" -n1 --snippet-chars 0 "oil OR trade OR bank OR said OR year"
assert_contains "$OUT" "More than " "a total past 10,000"
assert_contains "$OUT" " articles matched (about " "a total past 10,000"
run "${S[@]}" --count --exact "oil OR trade OR bank OR said OR year"
assert_between "$OUT" "$(with_all '\b(oil|trade|bank|said|year)\b')" \
    "$(with_all '\b(oil|trad|bank|said|year)')" "--exact past 10,000"
finish
