#!/usr/bin/env python3
"""Peer benchmark (issue 14): times Redmine and the tracker side by side, interleaved, on the same items.

measure.py run SIZE RESULTS.json   (reads REDMINE, KEY, TRACKER, TOKEN, N, STATUS_* from the environment)
measure.py doc RESULTS.json OUT.md MACHINE.txt
"""
import http.client
import json
import os
import re
import statistics
import sys
import time
import urllib.parse


def request(base, method, path, headers=None, body=None):
    """One request on a new connection, body read to the end; returns (seconds, status, body)."""
    url = urllib.parse.urlsplit(base)
    start = time.perf_counter()
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    if response.status >= 300:
        raise RuntimeError(f"{method} {base}{path}: HTTP {response.status}: {data[:300]!r}")
    return elapsed, response.status, data


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def summary(values):
    return {"median_ms": statistics.median(values) * 1000, "p95_ms": p95(values) * 1000, "n": len(values)}


def run(size, results_file):
    env = os.environ
    redmine, key, tracker, token = env["REDMINE"], env["KEY"], env["TRACKER"], env["TOKEN"]
    n = int(env.get("N", "30"))
    warmup = int(env.get("WARMUP", "5"))
    in_progress, ongoing = env["STATUS_IN_PROGRESS"], env["STATUS_ONGOING"]
    query = [("set_filter", "1"), ("f[]", "status_id"), ("op[status_id]", "="),
             ("v[status_id][]", in_progress), ("v[status_id][]", ongoing),
             ("f[]", "subject"), ("op[subject]", "~"), ("v[subject][]", "coordination"),
             ("sort", "due_date:desc,id:desc")]
    project = f"/projects/peer-{size}/issues"
    html_path = project + "?" + urllib.parse.urlencode(query + [("per_page", "50")])
    json_path = project + ".json?" + urllib.parse.urlencode(query + [("limit", "50")])
    api_path = "/api/v1/items?" + urllib.parse.urlencode(
        [("plan", "SYN"), ("status", "IN_PROGRESS,ONGOING"), ("q", "coordination"), ("sort", "-due"),
         ("page", "0"), ("size", "50")])
    rm_key = {"X-Redmine-API-Key": key}
    bearer = {"Authorization": "Bearer " + token}

    # sanity: both answer 50 rows of the same filter, in due-date order
    _, _, body = request(redmine, "GET", json_path, rm_key)
    rm = json.loads(body)
    _, _, body = request(tracker, "GET", api_path, bearer)
    tr = json.loads(body)
    _, _, html = request(redmine, "GET", html_path)
    html_rows = len(re.findall(rb'<tr id="issue-\d+"', html))
    check = {"redmine_total": rm["total_count"], "redmine_rows": len(rm["issues"]), "redmine_html_rows": html_rows,
             "tracker_total": tr["total"], "tracker_rows": len(tr["items"]),
             "redmine_html_bytes": len(html), "redmine_json_bytes": len(json.dumps(rm)),
             "tracker_json_bytes": len(json.dumps(tr))}
    assert check["redmine_rows"] == html_rows == min(50, rm["total_count"]), check
    assert check["tracker_rows"] == min(50, tr["total"]), check
    dues = [i.get("due_date") for i in rm["issues"]]
    assert dues == sorted(dues, reverse=True), dues
    print(f"size {size}: {check}", flush=True)

    tasks = {
        "redmine_html": lambda: request(redmine, "GET", html_path),
        "redmine_json": lambda: request(redmine, "GET", json_path, rm_key),
        "tracker_api": lambda: request(tracker, "GET", api_path, bearer),
    }
    for _ in range(warmup):
        for task in tasks.values():
            task()
    times = {name: [] for name in tasks}
    for i in range(n):
        order = list(tasks.items())
        order = order[i % 3:] + order[:i % 3]  # rotate, so no side always goes first
        for name, task in order:
            times[name].append(task()[0])

    # (c) a status change in Redmine: PUT over REST, then the reload that shows it
    issue = rm["issues"][0]["id"]
    names = {in_progress: "In progress", ongoing: "Ongoing"}
    current = str(rm["issues"][0]["status"]["id"])
    put, reload, total = [], [], []
    for _ in range(n):
        target = ongoing if current == in_progress else in_progress
        body = json.dumps({"issue": {"status_id": int(target)}}).encode()
        t_put, _, _ = request(redmine, "PUT", f"/issues/{issue}.json",
                              {**rm_key, "Content-Type": "application/json"}, body)
        t_get, _, html = request(redmine, "GET", html_path)
        row = re.search(rb'<tr id="issue-%d".*?<td class="status">([^<]*)</td>' % issue, html, re.S)
        assert row and row.group(1).decode() == names[target], (issue, target, row and row.group(1))
        put.append(t_put)
        reload.append(t_get)
        total.append(t_put + t_get)
        current = target

    results = json.load(open(results_file)) if os.path.exists(results_file) else {}
    results[str(size)] = {"check": check, **{k: summary(v) for k, v in times.items()},
                          "status_put": summary(put), "status_reload": summary(reload),
                          "status_total": summary(total), "paths": {"html": html_path, "json": json_path,
                                                                    "api": api_path}}
    json.dump(results, open(results_file, "w"), indent=1)
    for k, v in results[str(size)].items():
        if k not in ("check", "paths"):
            print(f"  {k}: median {v['median_ms']:.1f} ms, p95 {v['p95_ms']:.1f} ms (n={v['n']})", flush=True)


def doc(results_file, out, machine_file):
    results = json.load(open(results_file))
    machine = open(machine_file).read().strip()
    ms = lambda s: f"{s['median_ms']:.1f} ms" if s['median_ms'] < 1000 else f"{s['median_ms'] / 1000:.2f} s"
    pm = lambda s: f"{s['p95_ms']:.1f} ms" if s['p95_ms'] < 1000 else f"{s['p95_ms'] / 1000:.2f} s"
    lines = ["## A peer on the same data: Redmine (`src/test/bench/peer/redmine.sh`)", "",
             "Written by `src/test/bench/peer/redmine.sh` (issue 14, \"measure a peer\"; never part of `./mvnw verify`). "
             "One run; every figure is the median and p95 of the requests listed, the three list requests of a "
             "size interleaved (round-robin, rotating which goes first) in the same run, after 5 warm-up rounds. "
             "Each request opens a new HTTP/1.1 connection and reads the whole body (Python `http.client`, "
             "client on the same machine).", "", "### Machine and versions", "", machine, "",
             "### Data", "",
             "The tracker generates its synthetic plan (`--demo-scale=N`, the same generator as `./mvnw -Pbench verify`: "
             "N items, about 20 status events each, statuses spread as the generator draws them, due dates over "
             "four years, titles and descriptions from a list of topics). The script then copies those N items "
             "into one Redmine project (`peer-N`): subject = title, description = description, due date, and the "
             "current status mapped to five Redmine statuses of the same names (Completed is a closed status). "
             "So both sides hold exactly the same items. Redmine gets no journals (it would have about 20 per "
             "issue for the same history); its issue list does not read them. Both databases are on the same "
             "Debian PostgreSQL 15 server (default settings), so the database is not what differs. After loading, "
             "both databases are `ANALYZE`d (the tracker's whole database, Redmine's `issues`), as autovacuum would "
             "do in production; without it the tracker's query planner guessed and the 10k figure was 2.1 s instead "
             "(first run of this script).", "",
             "### Query", "",
             "Status In progress or Ongoing, text \"coordination\", sort by due date descending, first page of 50 rows.", "",
             "- Redmine 5.0 cannot OR two text filters and has no \"any searchable field\" filter yet (it came in 5.1), "
             "so its text filter is *subject contains \"coordination\"* (SQL `LIKE '%coordination%'`); the tracker's `q` "
             "is its PostgreSQL full-text search over title, description and more. The matches therefore differ "
             "(counts below): Redmine matches fewer items, so at 1,000 items its page has fewer than 50 rows "
             "(less to render, in Redmine's favour); at 10,000 items both return a full page of 50 rows.",
             "- (a) Redmine's issue list page: full HTML page (layout, query form, 50 rows, default columns), "
             "anonymous reader of a public project.",
             "- (b) like for like: Redmine's `/issues.json` with the same query and `limit=50` (API key header) against "
             "the tracker's `/api/v1/items` (JSON, personal API token). Note that (a) renders a whole HTML page while "
             "the tracker's API returns JSON; the tracker's own grid page (Vaadin, server-side) is measured by "
             "`./mvnw -Pbench verify` as find + count in `docs/benchmarks.md`.",
             "- (c) a status change in Redmine: `PUT /issues/ID.json` (REST API) of an issue on the first page, "
             "alternating In progress / Ongoing, then the reload of (a) that shows it (checked in the HTML). Redmine has "
             "no push: another reader sees the change only on their next reload, so the figure is PUT + reload "
             "(plus however long until the reader reloads).", "",
             "### Results", "",
             "| what | size | Redmine median | Redmine p95 | tracker median | tracker p95 | ratio of medians (Redmine / tracker) |",
             "|---|---|---|---|---|---|---|"]
    for size, r in sorted(results.items(), key=lambda kv: int(kv[0])):
        t = r["tracker_api"]
        label = f"{int(size):,} items"
        lines.append(f"| (a) Redmine issue list HTML page vs tracker `/api/v1/items` JSON | {label} | {ms(r['redmine_html'])} | "
                     f"{pm(r['redmine_html'])} | {ms(t)} | {pm(t)} | {r['redmine_html']['median_ms'] / t['median_ms']:.1f}× |")
        lines.append(f"| (b) Redmine `/issues.json` vs tracker `/api/v1/items` (both JSON, 50 rows) | {label} | "
                     f"{ms(r['redmine_json'])} | {pm(r['redmine_json'])} | {ms(t)} | {pm(t)} | "
                     f"{r['redmine_json']['median_ms'] / t['median_ms']:.1f}× |")
        lines.append(f"| (c) Redmine status change: PUT | {label} | {ms(r['status_put'])} | {pm(r['status_put'])} | — | — | — |")
        lines.append(f"| (c) Redmine status change: reload of the list that shows it | {label} | {ms(r['status_reload'])} | "
                     f"{pm(r['status_reload'])} | — | — | — |")
        lines.append(f"| (c) Redmine status change: PUT + reload | {label} | {ms(r['status_total'])} | {pm(r['status_total'])} | "
                     "see below | see below | — |")
    lines += ["", "n = requests per figure: " + ", ".join(
        f"{int(s):,} items: {r['tracker_api']['n']}" for s, r in sorted(results.items(), key=lambda kv: int(kv[0]))), "",
              "Matches and sizes of the answers (first page, at most 50 rows):", "",
              "| size | Redmine matches | tracker matches | Redmine HTML page | Redmine JSON | tracker JSON |", "|---|---|---|---|---|---|"]
    for size, r in sorted(results.items(), key=lambda kv: int(kv[0])):
        c = r["check"]
        lines.append(f"| {int(size):,} items | {c['redmine_total']} | {c['tracker_total']} | {c['redmine_html_bytes'] // 1024} KB | "
                     f"{c['redmine_json_bytes'] // 1024} KB | {c['tracker_json_bytes'] // 1024} KB |")
    lines += ["", "Status change in the tracker: a status report is committed and pushed to every open dashboard "
              "(no reload); `./mvnw -Pbench verify` measures commit → first push carrying it, per session, in "
              "[docs/benchmarks.md](benchmarks.md) (\"dashboard sessions\" rows: at 100 sessions, 10k items, median "
              "about 1.5 s and every session within about 3 s in the run recorded there). That figure includes "
              "100 to 500 concurrent sessions; the Redmine figure above is one writer and one reader, and a Redmine "
              "reader sees nothing until they reload.", "",
              "### Reading the figures", "",
              "- The tracker's `/api/v1/items` over HTTP is slower than its grid page measured in-process by "
              "`./mvnw -Pbench verify` (find + count, 31 ms median at 10k in docs/benchmarks.md): here each request "
              "also pays a new connection, the token check, JSON writing, a JVM only 5 warm-up rounds after start "
              "(the JIT has not settled) and a machine shared with other work (see the load average above).",
              "- Redmine's HTML page and its JSON cost about the same: most of Redmine's time is in the query and "
              "the Ruby objects of the 50 rows, not in rendering the layout.", "",
              "### Caveats", "",
              "- Redmine runs on WEBrick (`rails server -u webrick`, production environment, one process), because "
              "Debian 12 ships no Puma or Passenger gem for Redmine's bundle; WEBrick is added to Redmine's bundle "
              "with a one-line `Gemfile.local` (`gem \"webrick\"`), the way Redmine documents for extra gems. "
              "A Passenger or Puma deployment would change the HTTP layer, not the query or the page rendering.",
              "- The tracker runs from its packaged, extracted jar (`java -jar target/app/tsag-tracker.jar`, default heap) "
              "against the same PostgreSQL 15 server instead of its embedded PostgreSQL 17. Spring AOT "
              "(`-Dspring.aot.enabled=true`, the README's fast start) is left off because its bean graph is fixed at "
              "build time to the embedded database and refuses an external one; it is a start-up optimisation.",
              "- The machine has 2 cores shared with other work; both sides suffer the same noise because they are "
              "interleaved, but absolute figures vary between runs.",
              "- Paths requested:", ""]
    any_size = next(iter(results.values()))["paths"]
    lines += [f"  - `{k}`: `{v}`" for k, v in any_size.items()]
    lines += ["", "### Reproduce", "", "```sh", "sudo src/test/bench/peer/redmine.sh            # sizes 1000 and 10000",
              "SIZES=10000 N=50 sudo src/test/bench/peer/redmine.sh", "```", "",
              "It installs `redmine` and `redmine-pgsql` from Debian when missing (needs root for apt and for "
              "PostgreSQL's `postgres` user), starts the Debian PostgreSQL 15 cluster, builds the tracker's jar "
              "when `target/app` is missing, loads the data, starts both servers on free ports, measures and writes "
              "this part of the benchmarks page. Work files and logs go to `target/peer/`.", ""]
    write_part(out, "peer", "\n".join(lines))


NOTES_MARKER = "<!-- notes below this line are kept when the benchmarks run again -->"


def write_part(page_file, name, body):
    """Replaces one part of docs/benchmarks.md (see BenchmarkPage.java), keeping the others and the notes."""
    page = open(page_file).read() if os.path.exists(page_file) else "# Benchmarks\n\n" + NOTES_MARKER + "\n"
    block = f"<!-- part {name} -->\n{body.rstrip()}\n<!-- end {name} -->\n"
    pattern = re.compile(rf"<!-- part {name} -->\n.*?<!-- end {name} -->\n", re.DOTALL)
    if pattern.search(page):
        page = pattern.sub(lambda m: block, page, count=1)
    else:
        at = page.find(NOTES_MARKER)
        page = page[:at] + block + "\n" + page[at:] if at >= 0 else page + "\n" + block
    open(page_file, "w").write(page)


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(int(sys.argv[2]), sys.argv[3])
    else:
        doc(sys.argv[2], sys.argv[3], sys.argv[4])
