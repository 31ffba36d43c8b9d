# All-capitals datelines on Reuters-21578 ("NEW YORK, March 3 -"): the city tags its country and
# no word of a dateline becomes a person or an organisation (but a firm the text names with its
# legal form, "Angeles Corp <ANG>" under "LOS ANGELES"); names that act as firms right after
# them ("X said it acquired ...") are no people. The oracles are the raw text and the cities'
# countries as written below, not the tool's data files.
. "$(dirname "$0")/lib.sh"
corpus="$MSS_SOURCE_DIR/../shared/corpora/reuters21578/articles.jsonl"
if [ ! -f "$corpus" ]; then
    skip "$corpus not found"
fi
"$MSS_BIN_DIR/mss-extract" "$corpus" >"$SCRATCH/extracted.jsonl" 2>/dev/null ||
    fail "mss-extract failed"

run python3 - "$corpus" "$SCRATCH/extracted.jsonl" <<'PY'
import json, re, sys

COUNTRY_OF = {"NEW YORK": "us", "WASHINGTON": "us", "CHICAGO": "us", "LONDON": "gb",
              "TOKYO": "jp", "PARIS": "fr", "TORONTO": "ca", "BRUSSELS": "be",
              "FRANKFURT": "de", "HONG KONG": "hk", "ZURICH": "ch", "SYDNEY": "au"}
DATELINE = re.compile(r"\s*([A-Z][A-Z. '&-]+?), [A-Z][a-z]+\.? \d+ -")
# Two capitalised words, not after "by" or a lower-case word, then a firm's act.
FIRM = re.compile(r"(?<![a-z] )(?<!\bby )\b([A-Z][a-z]+ [A-Z][a-z]+)"
                  r" said it (acquired|agreed|bought|completed)\b")
extracted = {}
for line in open(sys.argv[2], encoding="utf-8"):
    entry = json.loads(line)
    extracted[entry["id"]] = entry
datelines = wrong_country = as_name = firms = firm_people = 0
for line in open(sys.argv[1], encoding="utf-8"):
    article = json.loads(line)
    entry = extracted[article["id"]]
    named = set(entry["person"]) | set(entry["organisation"])
    match = DATELINE.match(article.get("body", ""))
    if match:
        city = match.group(1)
        datelines += 1
        words = re.sub(r"[^a-z]+", "-", city.lower()).strip("-").split("-")
        # No person or organisation made of the dateline's words alone, but for a firm the body
        # writes with its legal form after the dateline.
        body = article["body"][match.end():]
        for ident in named:
            name = r"\s+".join(map(re.escape, ident.split("-")))
            firm = re.search(r"\b" + name + r"\s+(Corp|Inc|Co|Ltd|Plc|Group)\b", body, re.I)
            if set(ident.split("-")) <= set(words) and not (
                    ident in entry["organisation"] and firm):
                as_name += 1
                print("dateline as a name:", article["id"], city, ident)
        if city in COUNTRY_OF and COUNTRY_OF[city] not in entry["country"]:
            wrong_country += 1
            print("dateline country missing:", article["id"], city, entry["country"])
    for firm in FIRM.finditer(article.get("body", "")):
        firms += 1
        if firm.group(1).lower().replace(" ", "-") in entry["person"]:
            firm_people += 1
            print("firm as a person:", article["id"], firm.group(0))
print(f"datelines {datelines} missing-country {wrong_country} as-name {as_name} "
      f"firms {firms} firm-people {firm_people}")
sys.exit(0 if datelines > 10000 and firms > 20 and wrong_country == as_name == firm_people == 0
         else 1)
PY
assert_status 0 "datelines and firms on Reuters: $(printf '%s' "$OUT" | tail -5)"
finish
