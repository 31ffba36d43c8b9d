# Firms named like people are organisations: org: finds them and the organisation facet counts
# them, and the person facet does not. A title of royalty makes a person of its own: King
# Baudouin is never counted as, nor found by, the commoner Denis Baudouin. The oracle is the text
# the test writes.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
mkdir -p "$SRC"
printf '%s\n' "Deal report" "Morgan Stanley said it would buy the unit for 40 mln dlrs." >"$SRC/a.txt"
printf '%s\n' "Bond report" "Morgan Stanley & Co Inc led the issue, dealers said." >"$SRC/b.txt"
printf '%s\n' "Bank report" "Chase Manhattan Bank raised its prime rate on Monday." >"$SRC/c.txt"
printf '%s\n' "Palace report" "King Baudouin received the new cabinet on Monday." >"$SRC/d.txt"
printf '%s\n' "Cabinet report" "Denis Baudouin said the cabinet would meet on Monday." >"$SRC/e.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/index" "$SRC" || fail "indexing"
S=("$MSS_SEARCH_BIN" --index "$SCRATCH/index")

facet() {  # facet KIND: "id=count" of the facet over every article, one line
    "${S[@]}" --json -n 0 report | python3 -c 'import json,sys
print(" ".join("%s=%d" % (v["id"], v["count"]) for v in sorted(json.load(sys.stdin)["facets"][sys.argv[1]], key=lambda v: v["id"])))' "$1"
}
ids() { "${S[@]}" --ids -n 100 "$@" | sort | tr '\n' ' '; }

assert_equal "$(facet organisation)" "chase-manhattan-bank=1 morgan-stanley=2" \
    "the firms are organisations, each under its run of names"
assert_equal "$(facet person)" "denis-baudouin=1 king-baudouin=1" \
    "no firm is a person, and the king is not the spokesman"
assert_equal "$(ids 'org:"Morgan Stanley"')" "a.txt b.txt " "org: finds the firm in both forms"
assert_equal "$(ids --org 'Chase Manhattan Bank')" "c.txt " "--org finds the bank by its name"
assert_equal "$(ids 'person:"Denis Baudouin"')" "e.txt " "the commoner's filter leaves the king out"
assert_equal "$(ids 'person:"King Baudouin"')" "d.txt " "the king's filter finds the king"
run "${S[@]}" --json --show d.txt
assert_contains "$OUT" '"person":[{"id":"king-baudouin","name":"King Baudouin"}]' \
    "the king keeps his title in his id and name"
finish
