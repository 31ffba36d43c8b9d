# What the index knows about each article: entities and dates in the JSON hits, the analysis shown
# by mss-index --explain, more entities from --entities, and the text forms analysis joins.
. "$(dirname "$0")/lib.sh"
index_seeds
cd "$MSS_SOURCE_DIR" || exit 1

json_field() {  # json_field EXPR: evaluates EXPR on the first hit of $OUT
    printf '%s' "$OUT" | python3 -c "import json,sys; h=json.load(sys.stdin)['hits'][0]; print($1)"
}

# Hits carry their entities (id and display name, by kind) and where the date came from.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Barbeque"
assert_status 0 "Barbeque"
assert_equal "$(json_field '" ".join(e["id"] for e in h["entities"]["person"])')" \
    "kipchumba-murkomen william-ruto jimmy-cherizier" "people of seed 003"
assert_equal "$(json_field '" ".join(e["name"] for e in h["entities"]["country"])')" \
    "Kenya Haiti Benin" "country names from ICU"
assert_equal "$(json_field 'h["date_source"]')" "header" "date source of a dated seed"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Toussaint"
assert_equal "$(json_field 'h["date_source"]')" "none" "date source of an undated seed"
assert_contains "$OUT" '{"id":"fritz-st-fort","name":"Fritz St Fort"}' "person found by title"

# Hyphenated words, dotted acronyms and grouped numbers match in every written form.
for query in "Port-au-Prince" "portauprince" '"Port au Prince"' "Prince"; do
    run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$query"
    assert_contains "$OUT" '"id":"004_1873c0bea0724a33.txt"' "query $query"
done
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json '"U.S. administrations"'
assert_contains "$OUT" '"id":"002_a86d2ab40e0cc0f1.txt"' "dotted acronym phrase"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json '"US administrations"'
assert_contains "$OUT" '"id":"002_a86d2ab40e0cc0f1.txt"' "acronym without dots"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "1000 troops"
assert_contains "$OUT" '"id":"003_f810d5dfabb6c1ef.txt"' "1000 finds 1,000"

# --explain shows words, entities with character [and byte] offsets and the alias matched, and
# dates: the curly quotes and accents before "Barbeque" make the two differ.
run "$MSS_INDEX_BIN" --explain seeds/003_f810d5dfabb6c1ef.txt
assert_status 0 "--explain"
assert_contains "$OUT" "date: 2025-01-19  (source header)" "explained date"
assert_contains "$OUT" "offsets are characters (Unicode code points)" "explained offset unit"
assert_contains "$OUT" \
    "1487-1495 [1492-1500]  Barbeque  -> person jimmy-cherizier (Jimmy Chérizier)  by alias 'Barbeque'" \
    "explained entity"
assert_contains "$OUT" "January 18, 2025  -> 20250118  (full date)" "explained date mention"
assert_contains "$OUT" "-> 1000" "explained number"

# --explain-format json: a line per article; each occurrence cut out of its field by character
# offsets is its text, in every seed.
run "$MSS_INDEX_BIN" --explain-format json seeds
assert_status 0 "--explain-format json"
checked=$(printf '%s\n' "$OUT" | "${MSS_PYTHON:-python3}" -c '
import json, sys
articles = {}
for line in sys.stdin:
    mentions = json.loads(line)
    text = open("seeds/" + mentions["id"], encoding="utf-8").read().strip()
    headline, _, body = text.partition("\n")
    if headline.startswith("date "):
        headline = headline.split(None, 2)[2] if len(headline.split(None, 2)) > 2 else ""
    fields = {"title": headline.strip(), "body": body.strip()}
    for occurrence in mentions["entities"] + mentions["dates"]:
        cut = fields[occurrence["field"]][occurrence["begin"]:occurrence["end"]]
        if cut != occurrence["text"]:
            sys.exit("%s: %r cut as %r" % (mentions["id"], occurrence["text"], cut))
        articles[mentions["id"]] = articles.get(mentions["id"], 0) + 1
print(len(articles))')
assert_equal "$checked" "5" "every seed's occurrences cut out by character offsets"
[ ! -e index/XAPIANDB.new ] || fail "--explain must not write an index"

# --entities adds entities without recompiling; the index stores the registry it used.
printf 'person\tfritz-st-fort\tFritz St-Fort\tSt Fort\norganisation\tfob\tForward Operating Base\n' \
    >"$SCRATCH/more.tsv"
run "$MSS_INDEX_BIN" --quiet --index "$SCRATCH/more" --entities "$SCRATCH/more.tsv" seeds
assert_status 0 "--entities"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/more" --json "Forward Operating Base"
assert_contains "$OUT" '{"id":"fob","name":"Forward Operating Base"}' "user organisation"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/more" --json "Toussaint"
assert_contains "$OUT" '{"id":"fritz-st-fort","name":"Fritz St-Fort"}' "user display name"

# A malformed entity file is one line naming file and line.
printf 'person\tx\n' >"$SCRATCH/bad.tsv"
run "$MSS_INDEX_BIN" --index "$SCRATCH/bad" --entities "$SCRATCH/bad.tsv" seeds
assert_status 4 "bad entity file"
assert_contains "$ERR" "bad.tsv:1: expected kind<TAB>id<TAB>name" "bad entity file message"
assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "bad entity file message lines"

# "last week" in a story of Wednesday 22 January 2025 is Monday 13 to Sunday 19 January: each day
# is a mentioned-date (XD) term of the article (docs/SCHEMA.md). Read with xapian-delve, as no
# search field queries XD terms yet.
if command -v xapian-delve >/dev/null; then
    printf '{"id":"week","title":"Officers arrive","body":"They arrived last week.","date":"2025-01-22"}\n' \
        >"$SCRATCH/week.jsonl"
    run "$MSS_INDEX_BIN" --quiet --index "$SCRATCH/week" "$SCRATCH/week.jsonl"
    assert_status 0 "indexing last week"
    terms=$(xapian-delve -r 1 "$SCRATCH/week" | tr ' ' '\n' | grep '^XD' | tr '\n' ' ')
    assert_equal "$terms" \
        "XD202501 XD20250113 XD20250114 XD20250115 XD20250116 XD20250117 XD20250118 XD20250119 " \
        "last week's XD terms"
else
    echo "skipped the XD check: xapian-delve not installed"
fi

finish
