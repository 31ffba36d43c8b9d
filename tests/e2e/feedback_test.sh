# Feedback for long questions changes only their order: the same articles, totals and facets with
# and without --no-feedback; a short name query is not expanded at all (identical output).
. "$(dirname "$0")/lib.sh"
index_seeds

summary() {  # summary ARGS...: total, sorted ids and facets of a JSON search
    "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json -n 100 "$@" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(r["total"], r["strict_total"], r["stories"], sorted(h["id"] for h in r["hits"]),
      json.dumps(r["facets"], sort_keys=True))'
}
question="Kenyan police officers arrived in Haiti to support the mission"
with=$(summary "$question")
assert_equal "$with" "$(summary --no-feedback "$question")" "a question's matches with feedback"
case "$with" in 0\ *) fail "the question matches nothing: $with" ;; esac
scores() {
    "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json -n 100 "$@" |
        python3 -c 'import json, sys; print([h["score"] for h in json.load(sys.stdin)["hits"]])'
}
[ "$(scores "$question")" != "$(scores --no-feedback "$question")" ] ||
    fail "feedback left the question's scores as they were"

short="Murkomen contingent"
assert_equal "$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$short")" \
    "$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --no-feedback "$short")" "a short query"

finish
