# What is found can be cited: url, source and author in every output, source: and its facet,
# --show by id, and paths that open from any folder.
. "$(dirname "$0")/lib.sh"

mkdir -p "$SCRATCH/news" "$SCRATCH/elsewhere"
cat >"$SCRATCH/news/wire.jsonl" <<'JSON'
{"id":"cw-1","title":"Kenyan officers land in Port-au-Prince","body":"The first contingent landed on Tuesday.\n\nThey were met at the airport.","date":"2024-06-25","url":"https://caribbeanwire.example/land","source":"Caribbean Wire","author":"Marie Joseph"}
{"id":"hd-1","title":"Gangs test the contingent","body":"Armed groups fired on a patrol.","date":"2024-07-04","source":"Haïti Dépêche"}
JSON
printf 'Contingent note\nA note on the contingent, with no outlet.\n' >"$SCRATCH/news/note.txt"
INDEX="$SCRATCH/index"

# Indexed by a relative path: the stored paths are resolved, so they open from another folder.
(cd "$SCRATCH" && "$MSS_INDEX_BIN" --quiet --index "$INDEX" news) || fail "indexing news/"
cd "$SCRATCH/elsewhere" || exit 1
run "$MSS_SEARCH_BIN" --index "$INDEX" --paths note
assert_equal "$OUT" "$SCRATCH/news/note.txt" "stored path"
[ -f "$OUT" ] || fail "the stored path does not open from another folder: $OUT"
# The same folder by its absolute path is the same source: nothing is analysed again.
run "$MSS_INDEX_BIN" --index "$INDEX" "$SCRATCH/news"
assert_status 0 "indexing news/ by its absolute path"
assert_contains "$ERR$OUT" "0 added, 0 updated, 0 deleted, 3 unchanged" "absolute path run"

run "$MSS_SEARCH_BIN" --index "$INDEX" --format '{id}|{source}|{url}|{author}' --sort date contingent
assert_equal "$OUT" "cw-1|Caribbean Wire|https://caribbeanwire.example/land|Marie Joseph
hd-1|Haïti Dépêche||
note.txt|||" "--format citation fields"

run "$MSS_SEARCH_BIN" --index "$INDEX" --color never landed
assert_contains "$OUT" "2024-06-25  Caribbean Wire  $SCRATCH/news/wire.jsonl:1" "text output"

run "$MSS_SEARCH_BIN" --index "$INDEX" --json contingent
fields=$(printf '%s' "$OUT" | python3 -c '
import json, sys
r = json.load(sys.stdin)
for h in sorted(r["hits"], key=lambda h: h["id"]):
    print(h["id"], h["url"], h["source"], h["author"])
print(*[(s["id"], s["name"], s["count"]) for s in r["facets"]["source"]])')
assert_equal "$fields" "cw-1 https://caribbeanwire.example/land Caribbean Wire Marie Joseph
hd-1 None Haïti Dépêche None
note.txt None None None
('caribbean-wire', 'Caribbean Wire', 1) ('haiti-depeche', 'Haïti Dépêche', 1)" "JSON hits and source facet"

run "$MSS_SEARCH_BIN" --index "$INDEX" --ids 'source:"haiti depeche"'
assert_equal "$OUT" "hd-1" "source: ignores case and accents"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids 'source:haiti'
assert_status 1 "source: with one word of the name"
# --source filters as source: does; values of the flag are alternatives.
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids --source "HAITI DEPECHE" --source "Caribbean Wire" contingent
assert_equal "$(printf '%s\n' "$OUT" | sort | tr '\n' ' ')" "cw-1 hd-1 " "--source, two outlets"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids --source "Haïti Dépêche" contingent
assert_equal "$OUT" "hd-1" "--source ignores case and accents"

# --show prints the whole stored text; the oracle is the body as written in the JSON line.
run "$MSS_SEARCH_BIN" --index "$INDEX" --show cw-1
assert_status 0 "--show"
assert_contains "$OUT" "Kenyan officers land in Port-au-Prince
date: 2024-06-25 (header)
source: Caribbean Wire
author: Marie Joseph
url: https://caribbeanwire.example/land" "--show header"
assert_contains "$OUT" "The first contingent landed on Tuesday.

They were met at the airport." "--show body"
run "$MSS_SEARCH_BIN" --index "$INDEX" --json --show hd-1 missing cw-1
assert_status 1 "--show with an unknown id"
assert_contains "$ERR" "no article with id 'missing'" "--show unknown id"
shown=$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
written = {a["id"]: a for a in map(json.loads, open(sys.argv[1]))}
for line in sys.stdin:
    a = json.loads(line)
    print(a["schema"], a["id"], a["source"], a["url"], a["body"] == written[a["id"]]["body"])' \
    "$SCRATCH/news/wire.jsonl")
assert_equal "$shown" "1 hd-1 Haïti Dépêche None True
1 cw-1 Caribbean Wire https://caribbeanwire.example/land True" "--json --show"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids --show cw-1
assert_status 2 "--show with --ids"

finish
