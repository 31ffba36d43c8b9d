# French and Haitian Creole beside the English seeds: the language each article is stored with,
# lang: and its facet, French elision, stems, stopwords and numbers, and Creole words, searched in
# one index. The oracles are the corpus's truth table (tests/data/lang/languages.tsv; the seeds
# are English) and the raw text of the files.
. "$(dirname "$0")/lib.sh"
cd "$MSS_SOURCE_DIR" || exit 1
LANG_DIR=tests/data/lang
INDEX="$SCRATCH/index"
run "$MSS_INDEX_BIN" --quiet --index "$INDEX" seeds "$LANG_DIR"/*.txt "$LANG_DIR"/*.jsonl \
    "$LANG_DIR"/*.html "$LANG_DIR"/*.rss
assert_status 0 "indexing the seeds and the French and Creole articles"
S=("$MSS_SEARCH_BIN" --index "$INDEX")

field() { printf '%s' "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"; }
ids_of() { field "$1" '" ".join(sorted(h["id"] for h in d["hits"]))'; }

# Every article is stored with the language of the truth table, whether declared (JSON lang,
# <html lang>, the feed's <language>) or read by CLD2; the seeds are English.
truth=$(python3 - "$LANG_DIR/languages.tsv" <<'PY'
import os, sys
rows = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1]).readlines()[1:])
rows.update({name: "en" for name in os.listdir("seeds")})
print(" ".join(f"{i}={rows[i]}" for i in sorted(rows)))
PY
)
run "${S[@]}" --json --limit 100 --snippet-chars 0 "lang:en OR lang:fr OR lang:ht"
stored=$(field "$OUT" '" ".join(sorted(h["id"] + "=" + h["lang"] for h in d["hits"]))')
assert_equal "$stored" "$truth" "stored languages"

# --explain says how each language was settled.
run "$MSS_INDEX_BIN" --explain "$LANG_DIR/kenyans_fr.jsonl" "$LANG_DIR/radyo_kreyol.txt"
assert_contains "$OUT" "language: fr  (declared)" "--explain, JSON lang"
assert_contains "$OUT" "language: ht  (read by CLD2)" "--explain, Creole text"
run "$MSS_INDEX_BIN" --explain seeds/000_079f2c57e2c3674a.txt
assert_contains "$OUT" "language: en  (read by CLD2)" "--explain, English seed"

# lang: takes codes and names, and narrows.
for value in fr french French FR; do
    run "${S[@]}" --count "lang:$value"
    assert_equal "$OUT" "$(grep -c $'\tfr$' "$LANG_DIR/languages.tsv")" "lang:$value count"
done
run "${S[@]}" --count "lang:ht"
assert_equal "$OUT" 1 "lang:ht count"
run "${S[@]}" --count "lang:en"
assert_equal "$OUT" "$(ls seeds | wc -l)" "lang:en count"
run "${S[@]}" --json "lang:xx police"
assert_status 2 "lang:xx"
assert_contains "$ERR" "lang:" "lang:xx message"
run "${S[@]}" --json "lang:fr Kenyan"
assert_equal "$(field "$OUT" '{h["lang"] for h in d["hits"]}')" "{'fr'}" "lang:fr narrows a free word"

# d'Haïti is the word Haïti: Haiti and Haïti find the article that only writes "d'Haïti".
for query in Haiti Haïti; do
    run "${S[@]}" --json --limit 50 "$query"
    assert_contains "$(ids_of "$OUT")" "pnh_aeroport.txt" "$query finds d'Haïti"
done
grep -q "Haïti[^a-z]" "$LANG_DIR/pnh_aeroport.txt" &&
    ! grep -qE "(^|[^'’a-z])Haïti" "$LANG_DIR/pnh_aeroport.txt" ||
    fail "pnh_aeroport.txt should write Haïti only after d'"

# aéroport finds l'aéroport as typed, with no correction.
run "${S[@]}" --json "aéroport"
assert_contains "$(ids_of "$OUT")" "pnh_aeroport.txt" "aéroport"
assert_equal "$(field "$OUT" 'd["suggestion"], d["corrected"]')" "None False" "aéroport: no correction"
run "${S[@]}" --json "l'aéroport"
assert_equal "$(field "$OUT" 'd["suggestion"], d["total"] > 0')" "None True" "l'aéroport"

# "la police" does not require "la" of French articles: they match as for "police" alone.
run "${S[@]}" --json --limit 50 "la police"
la_police=$(field "$OUT" '" ".join(sorted(h["id"] for h in d["hits"] if h["lang"] == "fr"))')
run "${S[@]}" --json --limit 50 "lang:fr police"
assert_equal "$la_police" "$(ids_of "$OUT")" "la police in French articles"
[ -n "$la_police" ] || fail "la police finds no French article"

# A word that is a stopword in French alone ("la") is searched exactly when it is all the query.
run "${S[@]}" --count "la"
la_count=$OUT
run "${S[@]}" --count '"la"'
assert_equal "$la_count" "$OUT" "la alone counts the articles that write it"

# French inflections are marked: policier highlights "policiers".
run "${S[@]}" --json --limit 50 "policier"
marked=$(field "$OUT" '" ".join(sorted({h["snippet"][a:b] for h in d["hits"] for a, b in h["highlights"]}))')
assert_contains "$marked" "policiers" "policier highlights"

# French numbers: "1 000" is 1000, "5 550" is 5550, "2,5" is 2.5; phrases match exactly.
run "${S[@]}" --ids "1000 agents"
assert_contains "$OUT" "pnh_aeroport.txt" "1 000 agents"
run "${S[@]}" --ids "5550"
assert_contains "$OUT" "fr-kenyans-1" "5 550"
run "${S[@]}" --ids "2.5"
assert_contains "$OUT" "pnh_aeroport.txt" "2,5"
run "${S[@]}" --ids '"Police nationale"'
assert_contains "$OUT" "fr-kenyans-2" "French phrase"

# Creole: d Ayiti is tokenised apart. Ayiti is Haiti's Creole name, so as a free word it finds
# every article that names Haiti in any language, as Haiti does; the Creole article among them.
run "${S[@]}" --ids "Ayiti"
assert_contains "$OUT" "radyo_kreyol.txt" "Ayiti"
ayiti=$(printf '%s\n' "$OUT" | sort)
run "${S[@]}" --ids "Haiti"
assert_equal "$ayiti" "$(printf '%s\n' "$OUT" | sort)" "Ayiti finds what Haiti finds"
run "${S[@]}" --ids '"Nasyonal d Ayiti"'
assert_equal "$OUT" "radyo_kreyol.txt" "Creole phrase"

# The lang facet counts what a brute-force count over the raw files finds: the articles that
# write Port-au-Prince, by language.
run "${S[@]}" --json --facets "\"Port-au-Prince\""
facet=$(field "$OUT" '" ".join("%s=%d" % (v["id"], v["count"]) for v in sorted(d["facets"]["lang"], key=lambda v: v["id"]))')
expected=$(python3 - "$LANG_DIR" <<'PY'
import collections, json, os, sys
d = sys.argv[1]
truth = dict(line.rstrip("\n").split("\t") for line in open(f"{d}/languages.tsv").readlines()[1:])
texts = {name: open(f"seeds/{name}", encoding="utf-8").read() for name in os.listdir("seeds")}
for name in truth:
    if os.path.exists(f"{d}/{name}"):
        texts[name] = open(f"{d}/{name}", encoding="utf-8").read()
for line in open(f"{d}/kenyans_fr.jsonl", encoding="utf-8"):
    article = json.loads(line)
    texts[article["id"]] = article["title"] + "\n" + article["body"]
texts["https://alterfil.example/cpt-mission"] = open(f"{d}/alterwire.rss", encoding="utf-8").read()
counts = collections.Counter(truth.get(i, "en") for i, t in texts.items() if "port-au-prince" in t.lower())
print(" ".join(f"{k}={counts[k]}" for k in sorted(counts)))
PY
)
assert_equal "$facet" "$expected" "lang facet of Port-au-Prince"

finish
