"""The Python module mss: the same results as mss-search --json, and documented exceptions."""
import json
import os
import threading

import pytest

import mss
from conftest import search_json


def test_results_are_shaped_exactly_like_the_json_output(seed_index, cli_json):
    result = mss.Index(seed_index).search("Murkomen contingent")
    assert result == cli_json("Murkomen contingent")
    assert result["schema"] == 1
    assert sorted(hit["id"] for hit in result["hits"]) == [
        "000_079f2c57e2c3674a.txt",
        "002_a86d2ab40e0cc0f1.txt",
        "003_f810d5dfabb6c1ef.txt",
    ]


def test_highlights_are_character_offsets_into_the_snippet(seed_index):
    hit = mss.Index(seed_index).search("Cherizier")["hits"][0]
    marked = [hit["snippet"][start:end] for start, end in hit["highlights"]]
    # "Jimmy Chérizier" is one alias of the entity the query names: one highlight, sliced whole.
    assert "Jimmy Chérizier" in marked


def test_totals_count_only_articles_with_every_word_as_the_cli_does(seed_index, cli_json):
    index = mss.Index(seed_index)
    question = index.search("Masengeli officers protecting")
    assert question == cli_json("Masengeli officers protecting")
    flags = [hit["matches_all"] for hit in question["hits"]]
    assert flags == [True] * question["total"] + [False] * question["partial_hits"]
    assert question["relaxed"] is (question["partial_hits"] > 0)
    nothing = index.search("Masengeli AND xylophone")
    assert (nothing["total"], nothing["hits"], nothing["relaxed"]) == (0, [], False)


def test_paging_and_snippet_length_follow_the_request(seed_index, cli_json):
    index = mss.Index(seed_index)
    result = index.search("contingent", limit=2, offset=1, snippet_chars=80)
    assert [hit["rank"] for hit in result["hits"]] == [2, 3]
    assert result == cli_json("--limit", "2", "--offset", "1", "--snippet-chars", "80", "contingent")


def test_facets_come_back_when_asked_for(seed_index):
    result = mss.Index(seed_index).search(
        "contingent", person=["Murkomen"], date_from="2025-01-01", date_to="2025-12-31",
        sort="date", facets=True, date_bucket="month")
    assert "facets" in result
    assert set(result["facets"]) >= {"person", "country", "organisation", "place", "date", "undated"}


def test_a_bad_query_raises_query_error_with_its_position(seed_index):
    with pytest.raises(mss.QueryError) as raised:
        mss.Index(seed_index).search('"" ...')
    assert isinstance(raised.value, mss.Error)
    assert raised.value.position == 0
    assert raised.value.kind == "bad-query"


def test_a_missing_index_raises_index_missing_error(tmp_path):
    with pytest.raises(mss.IndexMissingError) as raised:
        mss.Index(str(tmp_path / "nowhere"))
    assert isinstance(raised.value, mss.Error)
    assert "nowhere" in str(raised.value)
    assert raised.value.kind == "index-missing"


def test_bad_sort_is_a_value_error(seed_index):
    with pytest.raises(ValueError):
        mss.Index(seed_index).search("Haiti", sort="sideways")


def test_threads_with_their_own_index_get_the_same_results(seed_index):
    expected = mss.Index(seed_index).search("Kenyan police Haiti")
    results = []

    def search():
        index = mss.Index(seed_index)
        for _ in range(20):
            results.append(index.search("Kenyan police Haiti"))

    threads = [threading.Thread(target=search) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 80
    assert all(result == expected for result in results)


def test_occurrences_slice_the_text_by_their_character_offsets():
    finder = mss.MentionFinder(data_dir=os.environ["MSS_SOURCE_DIR"])
    title = "“Chérizier” defies Moïse’s heirs"
    body = "Après « l’assassinat » of Jovenel Moïse, Jimmy Chérizier spoke last week."
    found = finder.find(title, body, date="2025-01-22", id="accented")
    assert found["date_source"] == "header"
    texts = {field: text for field, text in (("title", title), ("body", body))}
    occurrences = found["entities"] + found["dates"]
    assert {o["text"] for o in found["entities"]} >= {"Chérizier", "Jovenel Moïse", "Jimmy Chérizier"}
    for o in occurrences:
        assert texts[o["field"]][o["begin"]:o["end"]] == o["text"]
    week = [o for o in found["dates"] if o["text"] == "last week"]
    assert [(o["value"], o["last_day"]) for o in week] == [("20250113", "20250119")]


def test_update_index_from_a_pathlib_path_then_stats_and_count(tmp_path):
    import pathlib

    seeds = pathlib.Path(os.environ["MSS_SOURCE_DIR"]) / "seeds"
    index = tmp_path / "index"
    first = mss.update_index(index, seeds)
    assert (first["added"], first["updated"], first["deleted"]) == (5, 0, 0)
    again = mss.update_index(str(index), [seeds])
    assert (again["added"], again["unchanged"]) == (0, 5)
    stats = mss.Index(index).stats()
    assert stats["articles"] == 5
    assert [source["articles"] for source in stats["sources"]] == [5]
    # The oracle is the raw text: the seed files that write the name.
    writing = sum("Murkomen" in path.read_text(encoding="utf-8") for path in seeds.iterdir())
    assert mss.Index(index).count("Murkomen") == writing
    # A count answers the query as typed, never its spelling correction.
    assert mss.Index(index).count("Murkomin") == 0


def test_update_index_keeps_articles_of_a_source_left_out_only_without_delete_missing(tmp_path):
    import shutil

    source = tmp_path / "src"
    shutil.copytree(os.path.join(os.environ["MSS_SOURCE_DIR"], "seeds"), source)
    index = tmp_path / "index"
    mss.update_index(index, source)
    gone = sorted(source.iterdir())[0]
    gone.unlink()
    kept = mss.update_index(index, source, delete_missing=False)
    assert (kept["deleted"], kept["articles"]) == (0, 5)
    removed = mss.update_index(index, source)
    assert (removed["deleted"], removed["articles"]) == (1, 4)


def test_a_single_str_and_a_date_object_mean_what_a_list_and_a_string_do(seed_index):
    import datetime

    index = mss.Index(seed_index)
    as_lists = index.search("contingent", person=["Murkomen"], date_from="2025-01-01")
    as_scalars = index.search("contingent", person="Murkomen", date_from=datetime.date(2025, 1, 1))
    assert as_scalars == as_lists
    at_noon = datetime.datetime(2025, 1, 1, 12, 0)
    assert index.search("contingent", date_from=at_noon) == index.search("contingent", date_from="2025-01-01")
    with pytest.raises(TypeError):
        index.search("contingent", date_from=20250101)


def test_mention_finder_finds_the_data_it_was_installed_with():
    found = mss.MentionFinder().find("Kenyan police in Haiti", "William Ruto spoke in Nairobi.")
    assert {"ht", "ke", "william-ruto"} <= {entity["id"] for entity in found["entities"]}


def test_like_and_collapse_give_what_the_cli_gives(seed_index, cli_json):
    index = mss.Index(seed_index)
    query = mss.like_query_text("003_f810d5dfabb6c1ef.txt")
    assert query == 'like:"003_f810d5dfabb6c1ef.txt"'
    result = index.search(query)
    assert result == cli_json("--like", "003_f810d5dfabb6c1ef.txt")
    assert "003_f810d5dfabb6c1ef.txt" not in [hit["id"] for hit in result["hits"]]
    assert index.search("Haiti", collapse=False) == cli_json("--no-collapse", "Haiti")
    assert all(hit["duplicates"] == [] for hit in index.search("Haiti", collapse=False)["hits"])


def test_article_is_the_dict_mss_search_show_prints(seed_index):
    index = mss.Index(seed_index)
    hit = index.search("Murkomen contingent", limit=1)["hits"][0]
    assert {"url", "source", "author"} <= hit.keys()
    article = index.article(hit["id"])
    assert article == search_json(seed_index, "--show", hit["id"])
    with open(os.path.join(os.environ["MSS_SOURCE_DIR"], "seeds", hit["id"]), encoding="utf-8") as f:
        assert article["body"].strip() in f.read()
    assert index.article("no-such-id") is None


def test_source_filters_as_the_cli_source_flag_does(wire_index):
    index = wire_index(
        {"id": "cw-1", "title": "Contingent lands", "body": "The contingent landed.", "source": "Caribbean Wire"},
        {"id": "hd-1", "title": "Contingent patrols", "body": "The contingent patrolled.", "source": "Haïti Dépêche"},
    )
    searched = mss.Index(index)
    assert [hit["id"] for hit in searched.search("contingent", source="haiti depeche")["hits"]] == ["hd-1"]
    assert searched.count("contingent", source=["Caribbean Wire", "Haïti Dépêche"]) == 2
    cli = search_json(index, "--source", "Caribbean Wire", "contingent")
    assert searched.search("contingent", source="Caribbean Wire") == cli


def test_a_search_past_its_time_limit_raises_error_of_kind_time_limit(seed_index):
    index = mss.Index(seed_index)
    with pytest.raises(mss.Error) as raised:
        index.search("police", time_limit=1e-9)
    assert raised.value.kind == "time-limit"
    with pytest.raises(mss.Error):
        index.count("police", time_limit=1e-9)
    # A limit the search keeps changes nothing.
    assert index.count("police", time_limit=600) == index.count("police")
    assert index.search("police", time_limit=600)["total"] == index.search("police")["total"]


def test_hits_carry_their_language_and_lang_filters_as_the_cli_lang_flag_does(wire_index):
    index = wire_index(
        {"id": "en-1", "title": "Kenyan police patrol",
         "body": "Kenyan police officers patrolled the capital on Saturday with the Haitian National Police."},
        {"id": "fr-1", "title": "Les policiers kényans patrouillent",
         "body": "Les policiers kényans ont patrouillé samedi dans la capitale avec la Police nationale d'Haïti."},
    )
    searched = mss.Index(index)
    languages = {hit["id"]: hit["lang"] for hit in searched.search("police")["hits"]}
    assert languages == {"en-1": "en", "fr-1": "fr"}
    assert [hit["id"] for hit in searched.search("police", lang="French")["hits"]] == ["fr-1"]
    assert searched.count("police", lang=["en", "fr"]) == 2
    assert searched.article("fr-1")["lang"] == "fr"
    assert searched.search("police", lang="fr") == search_json(index, "--lang", "fr", "police")


def test_feed_items_and_pages_carry_url_source_and_author_as_their_files_write_them(tmp_path):
    data = os.path.join(os.environ["MSS_SOURCE_DIR"], "tests", "data")
    news = tmp_path / "news"
    news.mkdir()
    for part in ("feeds/bylines.rss", "pages/story_header.html"):
        with open(os.path.join(data, part), "rb") as original:
            (news / os.path.basename(part)).write_bytes(original.read())
    index = tmp_path / "index"
    mss.update_index(index, news)
    searched = mss.Index(index)
    hits = {hit["id"]: hit for hit in searched.search("bridge OR desk OR Kenscoff", limit=20)["hits"]}
    assert hits["ab-bridge"]["source"] == "Artibonite Bulletin"
    assert hits["ab-bridge"]["author"] == "Nadège Fleurant, Samuel Kiprono"
    assert hits["ab-bridge"]["url"] is None  # the item has a guid and no link
    assert hits["ab-desk"]["author"] == "Rosie Valcourt"
    page = searched.article("story_header.html")
    assert page["author"] == "Lucien Darbouze"
    assert page["source"] is None and page["url"] is None
    assert page["title"] == "Convoy reaches Kenscoff"


def test_hits_list_the_people_the_person_facet_counts(tmp_path):
    import collections

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Budget report\nPrime Minister Margaret Thatcher said it would pass.\n")
    (articles / "b.txt").write_text("Election report\nPrime Minister Thatcher said it would wait.\n")
    mss.update_index(tmp_path / "index", articles)
    index = mss.Index(tmp_path / "index")
    result = index.search("report", facets=True, collapse=False)
    listed = collections.Counter(p["id"] for hit in result["hits"] for p in hit["entities"]["person"])
    assert listed == {"margaret-thatcher": 2}
    assert {p["id"]: p["count"] for p in result["facets"]["person"]} == dict(listed)
    assert [p["name"] for p in index.article("b.txt")["entities"]["person"]] == ["Margaret Thatcher"]
