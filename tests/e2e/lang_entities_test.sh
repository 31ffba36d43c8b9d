# Entities and dates across languages: the seeds (English) and tests/data/lang-entities (French
# and Haitian Creole) in one index. One entity id finds the articles of every language, and the
# counts equal a brute-force count over the raw text of the files, with name lists written here,
# apart from the entity data.
. "$(dirname "$0")/lib.sh"
cd "$MSS_SOURCE_DIR" || exit 1
LANG_DATA=tests/data/lang-entities
INDEX="$SCRATCH/index"
run "$MSS_INDEX_BIN" --quiet --index "$INDEX" seeds "$LANG_DATA"
assert_status 0 "indexing the seeds and the French and Creole articles"

# brute_force PATTERN FOLDER...: the files whose raw text matches the Python regex, one a line,
# sorted.
brute_force() {
    python3 - "$@" <<'PY'
import os, re, sys
pattern = re.compile(sys.argv[1])
names = []
for folder in sys.argv[2:]:
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            if pattern.search(f.read()):
                names.append(name)
print("\n".join(sorted(names)))
PY
}

# What each entity is written as, in the three languages (a name or a cue; an organisation's
# bodies imply it). Apostrophes straight or curly.
A="['\u2019]"
HNP="Haitian National Police|Haiti National Police|\\bHNP\\b|\\bPNH\\b|Police [Nn]ationale d${A}Haïti|Polis Nasyonal d Ayiti"
US="United States|\\bU\\.?S\\.?\\b|\\bUSA\\b|America|Washington|États-Unis|Etazini|[Aa]méricain"
NORMIL="Normil"
MSS="Multinational Security Support|\\bMSS\\b|\\bMMSS\\b|\\bMSSM\\b|\\bMMAS\\b|Mission multinationale d${A}appui"
UN="United Nations|\\bUN\\b|\\bU\\.N\\.|\\bONU\\b|Nations unies|Nasyonzini|Security Council|Conseil de sécurité|\\bBINUH\\b"
TPC="Transitional Presidential Council|Presidential Transition Council|\\bCPT\\b|Conseil présidentiel de transition"
GSF="Gang Suppression Force|\\bGSF\\b|\\bFRG\\b|Force de répression des gangs"
KE="Kenya|[Kk]ényan|Nairobi|\\bJKIA\\b"
CA="Canada|Kanada|[Cc]anadien"
DO="Dominican Republic|République dominicaine|Repiblik Dominikèn|[Dd]ominicain"

# ids QUERY: the ids of every match, sorted.
ids() {
    "$MSS_SEARCH_BIN" --index "$INDEX" --ids --limit 1000 "$1" | sort
}

for pair in "org:HNP|$HNP" "country:us|$US" "person:Normil|$NORMIL" "org:MSS|$MSS" \
    "org:UN|$UN"; do
    query=${pair%%|*}
    expected=$(brute_force "${pair#*|}" seeds "$LANG_DATA")
    actual=$(ids "$query")
    assert_equal "$actual" "$expected" "$query: the articles of every language"
    assert_contains "$actual" "_" "$query finds articles"
done
for query in org:HNP country:us person:Normil; do
    actual=$(ids "$query")
    case "$actual" in *fr_*) ;; *) fail "$query finds no French article: $actual" ;; esac
    case "$actual" in *ht_*) ;; *) fail "$query finds no Creole article: $actual" ;; esac
    case "$actual" in *[0-9]_*) ;; *) fail "$query finds no English seed: $actual" ;; esac
done

# French names typed as field values name the same entity.
assert_equal "$(ids 'org:"Police nationale d’Haïti"')" "$(ids org:hnp)" "a French name as value"
assert_equal "$(ids country:Etazini)" "$(ids country:us)" "a Creole name as value"
assert_equal "$(ids country:kényans)" "$(ids country:ke)" "a French demonym as value"

# A French or Creole name typed as free words finds what the entity field finds, English included.
assert_equal "$(ids "Police nationale d'Haïti")" "$(ids org:hnp)" "free words naming the HNP in French"
# A free word means the entity where an article names it, not where only a cue points to it.
US_NAMED="United States|\\bU\\.?S\\.?\\b|\\bUSA\\b|\\bAmerica\\b|États-Unis|Etazini"
assert_equal "$(ids Etazini)" "$(brute_force "$US_NAMED" seeds "$LANG_DATA")" \
    "a Creole country name as a free word"

# Facets over the French and Creole articles alone count each entity as the raw text does.
LANG_INDEX="$SCRATCH/lang"
run "$MSS_INDEX_BIN" --quiet --index "$LANG_INDEX" "$LANG_DATA"
assert_status 0 "indexing the French and Creole articles"
run "$MSS_SEARCH_BIN" --index "$LANG_INDEX" --json --limit 0 "country:ht"
assert_status 0 "country:ht over the French and Creole articles"
FACETS="$OUT"
facet_count() {  # facet_count KIND ID
    printf '%s' "$FACETS" | python3 -c "
import json, sys
d = json.load(sys.stdin)
print(d['total'] if sys.argv[1] == 'total' else
      sum(e['count'] for e in d['facets'][sys.argv[1]] if e['id'] == sys.argv[2]))" "$1" "${2:-}"
}
count_files() {  # count_files PATTERN
    brute_force "$1" "$LANG_DATA" | grep -c .
}
assert_equal "$(facet_count total)" "$(ls "$LANG_DATA" | grep -c .)" \
    "every French and Creole article is about Haiti"
for pair in "organisation hnp|$HNP" "organisation mss|$MSS" "organisation un|$UN" \
    "organisation tpc|$TPC" "organisation gsf|$GSF" "country us|$US" "country ke|$KE" \
    "country ca|$CA" "country do|$DO"; do
    entity=${pair%%|*}
    assert_equal "$(facet_count $entity)" "$(count_files "${pair#*|}")" "facet $entity"
done

# Dates written in French and Creole are dates: the text's days and months, and an undated
# article's date from its French dateline.
JANUARY_18="18 (janvier|janvye|January) 2025|January 18, 2025"
actual=$(ids mentions:2025-01-18)
for name in $(brute_force "$JANUARY_18" seeds "$LANG_DATA"); do
    assert_contains "$actual" "$name" "mentions:2025-01-18 (a full date in the text)"
done
OCTOBER_2023="(octobre|oktòb|October) ([0-9]{1,2}, )?2023|[0-9]{1,2} (octobre|oktòb|October) 2023"
assert_equal "$(ids mentions:2023-10)" "$(brute_force "$OCTOBER_2023" seeds "$LANG_DATA")" \
    "mentions:2023-10"
run "$MSS_SEARCH_BIN" --index "$LANG_INDEX" --json --limit 0 "org:tpc"
assert_contains "$OUT" '{"bucket":"2025-02","count":1}' "the French dateline dates its article"
run "$MSS_INDEX_BIN" --explain "$LANG_DATA/fr_002_cpt_dateline.txt"
assert_contains "$OUT" "date: 2025-02-12  (source text)" "the date of 'PORT-AU-PRINCE, le 12 février'"
assert_contains "$OUT" "1er mars  -> 20250301" "1er mars"
assert_contains "$OUT" "mercredi  -> 20250212" "mercredi resolved against the article date"
assert_contains "$OUT" "8 février  -> 20250208" "samedi 8 février"

finish
