# Feed items through a rebuild: a feed is a window, so items that have dropped out of tonight's
# copy stay searchable after `mss-index --rebuild`, with the url, source and date their feed gave
# them; an item whose content changed is updated; a new item is added. The oracle is the raw feed
# (tests/data/feeds/rebuild/night1.rss, night2.rss) read by Python, not by the indexer.
. "$(dirname "$0")/lib.sh"

DATA="$MSS_SOURCE_DIR/tests/data/feeds/rebuild"
IDX="$SCRATCH/index"
FEEDS="$SCRATCH/feeds"
mkdir -p "$FEEDS"

# expected GUID: "url|source|date" of the item in the night's feed, from the raw XML.
expected() {  # expected FEED GUID
    python3 - "$1" "$2" <<'PY'
import email.utils, sys, xml.etree.ElementTree as ET
channel = ET.parse(sys.argv[1]).getroot().find("channel")
for item in channel.findall("item"):
    if item.findtext("guid") == sys.argv[2]:
        day = email.utils.parsedate_to_datetime(item.findtext("pubDate")).date().isoformat()
        print("|".join([item.findtext("link"), channel.findtext("title"), day]))
PY
}

# found QUERY: "id|url|source|date" of each hit of QUERY, one a line.
found() {
    "$MSS_SEARCH_BIN" --index "$IDX" --json -n 50 "$1" | python3 -c '
import json, sys
for hit in json.load(sys.stdin)["hits"]:
    print("|".join([hit["id"], hit["url"], hit["source"], hit["date"]]))'
}

cp "$DATA/night1.rss" "$FEEDS/wire.rss"
run "$MSS_INDEX_BIN" --index "$IDX" "$FEEDS"
assert_status 0 "first night"
assert_contains "$OUT" "3 added, 0 updated, 0 deleted, 0 unchanged, 0 kept" "first night summary"

# Second night: two items left the feed, one was rewritten, one is new; then a full rebuild.
cp "$DATA/night2.rss" "$FEEDS/wire.rss"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$FEEDS"
assert_status 0 "rebuild after items left the feed"
assert_contains "$OUT" "rebuilt: 1 added, 1 updated, 0 deleted, 0 unchanged, 2 kept" \
    "the rebuild counts the items that left the feed as kept"
assert_contains "$OUT" "the index holds 4 articles" "nothing lost by the rebuild"

for pair in "Saint-Marc fishermen:phb-2024-0903-fishermen" "Pointe-Sable lighthouse:phb-2024-0907-lighthouse"; do
    query=${pair%%:*}
    guid=${pair#*:}
    assert_equal "$(found "$query")" "$guid|$(expected "$DATA/night1.rss" "$guid")" \
        "an item gone from the feed keeps its url, source and date ($guid)"
done
guid=phb-2024-0905-curfew
assert_equal "$(found '"starts at midnight"')" "$guid|$(expected "$DATA/night2.rss" "$guid")" \
    "the rewritten item has its new text"
assert_equal "$(found '"ten in the evening"')" "" "the rewritten item lost its old text"
guid=phb-2024-0909-ferry
assert_equal "$(found 'ferry Montrouis')" "$guid|$(expected "$DATA/night2.rss" "$guid")" \
    "the new item is added"

# The kept items survive the next incremental run and the next rebuild too.
run "$MSS_INDEX_BIN" --index "$IDX" "$FEEDS"
assert_contains "$OUT" "0 added, 0 updated, 0 deleted, 2 unchanged, 0 kept" "an incremental night"
run "$MSS_INDEX_BIN" --index "$IDX" --rebuild "$FEEDS"
assert_contains "$OUT" "rebuilt: 0 added, 0 updated, 0 deleted, 2 unchanged, 2 kept" \
    "a second rebuild keeps them again"
assert_equal "$(found 'lighthouse' | cut -d'|' -f1)" "phb-2024-0907-lighthouse" \
    "an item gone from the feed is still searchable after two rebuilds"
finish
