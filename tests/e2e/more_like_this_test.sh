# --like / like:ID: on the seeds plus articles on other subjects that name Kenya or Haiti, the
# articles most like a seed about a contingent are the other contingent articles (the oracle is
# the raw text: which files say "contingent"), never the seed itself or its copies; filters narrow
# the list, and an unknown id is a query error.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
mkdir -p "$SRC"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SRC/"
cat >"$SRC/tea.txt" <<'TXT'
Kenya tea exports rise as prices recover at the Mombasa auction

Kenya earned more from tea exports in the first quarter as prices at the Mombasa auction
recovered from last year's lows, the Tea Board said on Monday. Farmers in Kericho and Nyeri
delivered more leaf after good rains, and buyers from Pakistan, Egypt and Britain paid higher
prices for the best grades. The board expects output to stay high through the year.
TXT
cat >"$SRC/coffee.txt" <<'TXT'
Haiti coffee growers count losses after the hurricane season

Coffee growers in the hills above Jacmel in Haiti counted their losses after a season of storms
that washed away young trees and roads to the markets. Cooperatives asked buyers in France and
the United States for advance payments so that farmers can replant before the rains return.
TXT
cat >"$SRC/football.txt" <<'TXT'
Harambee Stars draw with Uganda in a qualifier in Nairobi

Kenya's national football team drew one-all with Uganda in a World Cup qualifier at Kasarani
stadium in Nairobi on Sunday, leaving both sides level on points at the top of the group with
two matches to play. The coach praised the defence and said the team would travel on Tuesday.
TXT
seed3=$(basename "$(ls "$SRC"/003_*.txt)")
sed 's/tremendous/remarkable/' "$SRC/$seed3" >"$SRC/copy_of_003.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/index" "$SRC" || fail "indexing"

contingent=$(grep -il contingent "$SRC"/*.txt | xargs -n1 basename | grep -v -e "^$seed3$" \
    -e '^copy_of_003.txt$' | sort)
count=$(echo "$contingent" | wc -l)
[ "$count" -ge 3 ] || fail "the oracle finds only $count other contingent articles"
for seed in "$seed3" "$(basename "$(ls "$SRC"/001_*.txt)")"; do
    run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --ids -n 100 --like "$seed"
    assert_status 0 "--like $seed"
    assert_not_contains "$OUT" "$seed" "--like $seed lists the article itself"
    assert_not_contains "$OUT" "copy_of_003.txt" "--like $seed lists a copy of 003"
    wanted=$(echo "$contingent" | grep -v "^$seed$" | sort)
    first=$(echo "$OUT" | head -n "$(echo "$wanted" | wc -l)" | sort)
    assert_equal "$first" "$wanted" "--like $seed: the other contingent articles first"
done

# The query-language form, with a filter: the same articles, narrowed.
run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --ids -n 100 "like:$seed3" "country:ke"
assert_status 0 "like: with a filter"
[ -n "$OUT" ] || fail "like: with country:ke found nothing"
for id in $OUT; do
    grep -qi kenya "$SRC/$id" || fail "like: with country:ke lists $id, which does not name Kenya"
done
run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --like no-such-article
assert_status 2 "--like with an unknown id"
assert_contains "$ERR" "no article has the id 'no-such-article'" "unknown id message"

finish
