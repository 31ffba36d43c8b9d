"""The Markdown report: one index table and one query table per corpus, ratios to each peer in the
same table, and the facts needed to reproduce the run."""

MIB = 1024 * 1024
MB = 1000 * 1000


def _number(value, digits=1):
    if value is None:
        return "—"
    if abs(value) >= 1000 and digits <= 1:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def _ratio(numerator, denominator):
    if numerator is None or not denominator:
        return "—"
    return f"{numerator / denominator:.2f}×"


def header(machine, command, cold_possible):
    cache = ("cold = first pass after `echo 3 > /proc/sys/vm/drop_caches`; warm = second pass"
             if cold_possible else
             "cold cache could not be measured (dropping the page cache was not permitted); "
             "warm = second pass over the query set")
    return "\n".join([
        f"- Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gib']} GiB "
        f"memory, Linux {machine['kernel']}",
        f"- Commit measured: `{machine['commit']}`",
        f"- Peers: SQLite {machine['sqlite']} FTS5, Xapian {machine['xapian']}, "
        f"Lucene {machine['lucene']} (Debian liblucene8-java, {machine['java']}), "
        f"{machine['ripgrep']}",
        f"- Command: `{command}`",
        f"- Cache: {cache}",
        "",
    ])


def index_table(corpus, builds, mss_name):
    """`builds`: name -> {"first": figures, "again": figures, "compacted_bytes": int}."""
    articles, text_bytes = corpus["articles"], corpus["text_bytes"]
    mss = builds.get(mss_name)
    mss_rate = articles / mss["first"]["seconds"] if mss else None
    lines = [
        f"Index build: {articles:,} articles, {text_bytes / MB:.1f} MB of text (title + body).",
        "",
        "| system | build s | articles/s | MB/s | peak RSS MiB | index MiB | index ÷ text "
        "| compacted MiB | no-change re-run s (skipped) | mss articles/s ÷ this "
        "| mss compacted ÷ this |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, build in builds.items():
        first, again = build["first"], build["again"]
        rate = articles / first["seconds"]
        skipped = "" if again.get("skipped") is None else f" ({again['skipped']:,})"
        lines.append(
            f"| {name} | {_number(first['seconds'], 2)} | {_number(rate, 0)} "
            f"| {_number(text_bytes / MB / first['seconds'], 1)} "
            f"| {_number(first['peak_rss_kb'] / 1024, 0)} "
            f"| {_number(first['index_bytes'] / MIB, 1)} "
            f"| {_number(first['index_bytes'] / text_bytes, 2)} "
            f"| {_number(build['compacted_bytes'] / MIB, 1)} "
            f"| {_number(again['seconds'], 2)}{skipped} "
            f"| {'—' if name == mss_name else _ratio(mss_rate, rate)} "
            f"| {'—' if name == mss_name or not mss else _ratio(mss['compacted_bytes'], build['compacted_bytes'])} |")
    lines.append("")
    return "\n".join(lines)


def _cell(figures, key):
    return _number(figures[key], 2) if figures else "—"


def query_table(title, results, reference_name):
    """`results`: name -> (how timed, figures from systems.*.query); ratios are the reference's
    latency over each row's (below 1: the reference is faster)."""
    reference = results.get(reference_name, (None, None))[1]
    lines = [
        title,
        "",
        "| system | timed | warm p50 ms | warm p95 ms | warm p99 ms | cold p50 ms | cold p95 ms "
        "| cold p99 ms | zero-hit queries | mss p50 ÷ this | mss p99 ÷ this |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, (timed, figures) in results.items():
        if figures is None:
            continue
        warm, cold = figures["warm"], figures["cold"]
        is_reference = name == reference_name or reference is None
        lines.append(
            f"| {name} | {timed} | {_cell(warm, 'p50_ms')} | {_cell(warm, 'p95_ms')} "
            f"| {_cell(warm, 'p99_ms')} | {_cell(cold, 'p50_ms')} | {_cell(cold, 'p95_ms')} "
            f"| {_cell(cold, 'p99_ms')} | {figures['zero_hit_queries']} "
            f"| {'—' if is_reference else _ratio(reference['warm']['p50_ms'], warm['p50_ms'])} "
            f"| {'—' if is_reference else _ratio(reference['warm']['p99_ms'], warm['p99_ms'])} |")
    lines.append("")
    return "\n".join(lines)


def kind_table(results):
    """Warm p50 per kind of query, to show where each system spends its time."""
    kinds = sorted({kind for _, figures in results.values() if figures
                    for kind in figures["by_label"]})
    lines = ["Warm p50 ms by kind of query:", "",
             "| system | " + " | ".join(kinds) + " |",
             "|---|" + "---:|" * len(kinds)]
    for name, (_, figures) in results.items():
        if figures:
            cells = [_number(figures["by_label"].get(k, {}).get("p50_ms"), 2) for k in kinds]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    return "\n".join(lines)
