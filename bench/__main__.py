"""`python -m bench`: ingest, page and map benchmarks with their baselines in the same run.

Writes bench/RESULTS.md (medians, baselines, ratios, goals, the machine and the versions).
`--smoke` runs everything at a tiny scale with one run each, to keep this code working (the
tests do that); its figures mean nothing. Generated files and data directories go to bench/out/.

    P1  validated ingest of 1.000.000 uitgaven (UTF-8) vs a raw read_csv of the same file into the same lake
    P2  the same in Windows-1252, vs pandas read_csv (cp1252, decimal comma, dates) + to_parquet
    P3  every page's script (AppTest) at demo scale and at 100x: growth and cached rerun
    P4  the map page in headless Chromium: bytes sent over the websocket, time until drawn
    P5  peak memory (max RSS) of the 1M-row ingest, in its own process
    L1  every named query of the pages on the lake's files vs the same rows as plain Parquet (demo, 100x)
    L2  the same after 10.000 one-row publishes and `maintain`, vs a fresh lake of the same rows
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench import generate

PROJECT = Path(__file__).resolve().parent.parent
OUT = PROJECT / "bench" / "out"
SHARED_GEO = PROJECT.parent / "shared" / "geo"
CHROMIUM = "/usr/bin/chromium"
# Every page of the app (views/, one script per page; app.py registers them all).
PAGES = tuple(sorted(f"views/{p.name}" for p in (PROJECT / "views").glob("*.py")))


@dataclass
class Result:
    key: str
    what: str
    value: float | None  # the measured median (seconds, MB or ratio as `unit` says)
    unit: str
    baseline: float | None = None
    baseline_what: str = ""
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None
    note: str = ""
    runs: list[float] = field(default_factory=list)


def _env(data_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT)
    env.pop("VAPA_CRASH_AT", None)
    if data_dir is not None:
        env["VAPA_DATA_DIR"] = str(data_dir)
    return env


def _python(code: str, data_dir: Path | None = None, *args: str) -> dict:
    """Run `code` in a fresh interpreter (own memory, own caches); it prints one JSON line."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark step failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def interleaved(fns: list[Callable[[], float]], runs: int) -> list[list[float]]:
    """`runs` rounds of every function in turn, after one warm-up round."""
    for fn in fns:
        fn()
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for times, fn in zip(out, fns, strict=True):
            times.append(fn())
    return out


# --- P1, P2, P5: ingest ----------------------------------------------------------------------

INGEST = """
import json, resource, sys, time
from pipelines.ingest import ingest
t = time.perf_counter()
r = ingest(sys.argv[1], sys.argv[2], file_name="bench.csv", data_dir=sys.argv[3], user="bench")
seconds = time.perf_counter() - t
assert r.status == "published", (r.status, [e.message for e in r.errors[:3]])
assert r.rows_read == r.rows_accepted + r.rows_rejected
print(json.dumps({"seconds": seconds, "rows": r.rows_accepted,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

# The engine's floor: the same file, untyped, straight into a table of the same lake (catalog
# and Parquet files as the ingest writes them), in one transaction, connecting included.
DUCKDB_COPY = """
import json, shutil, sys, time
from pipelines import lake
src, root = sys.argv[1], sys.argv[2]
shutil.rmtree(root, ignore_errors=True)
t = time.perf_counter()
con = lake.connect(lake.settings(root))
con.execute(f"CREATE TABLE lake.main.raw AS SELECT * FROM read_csv('{src}', all_varchar = true)")
print(json.dumps({"seconds": time.perf_counter() - t}))
"""

PANDAS = """
import json, sys, time
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep=";", decimal=",", thousands=".", encoding="cp1252", skiprows=1,
                 dtype={"begrotingsjaar": "Int64"}, keep_default_na=False, na_values=[""])
df["boekingsdatum"] = pd.to_datetime(df["boekingsdatum"], format="%d/%m/%Y")
df.to_parquet(sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t, "rows": len(df)}))
"""


def _ingest_once(path: Path, work: Path, peak: list[float] | None = None) -> float:
    data_dir = work / "ingest-data"
    shutil.rmtree(data_dir, ignore_errors=True)
    out = _python(INGEST, None, "uitgaven", str(path), str(data_dir))
    if peak is not None:
        peak.append(out["max_rss_mb"])
    return out["seconds"]


def bench_ingest(sizes: generate.Sizes, runs: int, work: Path) -> list[Result]:
    utf8 = generate.write_all(sizes, work / "files")["uitgaven"]
    cp1252 = work / "files" / f"uitgaven-{sizes.uitgaven}-cp1252-v{generate.VERSION}.csv"
    if not cp1252.exists():
        generate.write("uitgaven", sizes, cp1252, "cp1252")
    parquet = work / "baseline.parquet"
    peaks: list[float] = []
    # Each measurement next to its baseline, round by round: a slower moment of the machine
    # weighs on both alike.
    p1, copy, p2, pandas = interleaved(
        [
            lambda: _ingest_once(utf8, work, peaks),
            lambda: _python(DUCKDB_COPY, None, str(utf8), str(work / "copy-lake"))["seconds"],
            lambda: _ingest_once(cp1252, work),
            lambda: _python(PANDAS, None, str(cp1252), str(parquet))["seconds"],
        ],
        runs,
    )
    rows = _int(sizes.uitgaven)
    r1 = _ratio(
        Result("P1", f"gevalideerde ingest, {rows} uitgaven (UTF-8)", statistics.median(p1), "s", runs=p1),
        statistics.median(copy),
        "DuckDB read_csv(all_varchar) in een tabel van hetzelfde meer",
        2.5,
    )
    r2 = _ratio(
        Result("P2", f"gevalideerde ingest, {rows} uitgaven (Windows-1252)", statistics.median(p2), "s"),
        statistics.median(pandas),
        "pandas read_csv (cp1252, decimale komma, datums) + to_parquet",
        1.0,
    )
    r2.runs = p2
    peak = max(peaks)
    r5 = Result(
        "P5",
        f"piekgeheugen (max RSS) van de ingest van {rows} uitgaven",
        peak,
        "MB",
        goal="< 1024 MB",
        met=peak < 1024,
        runs=peaks,
    )
    return [r1, r2, r5]


def _ratio(result: Result, baseline: float, what: str, goal: float) -> Result:
    result.baseline, result.baseline_what = baseline, what
    result.ratio = result.value / baseline
    result.goal = f"<= {goal:.1f}x".replace(".", ",")
    result.met = result.ratio <= goal
    return result


# --- P3: pages -------------------------------------------------------------------------------

PAGE_RUNS = """
import json, sys, time
import streamlit as st
from streamlit.testing.v1 import AppTest
runs, pages = int(sys.argv[1]), sys.argv[2:]
out = {}
for page in pages:
    first, cached = [], []
    for i in range(runs + 1):
        at = AppTest.from_file("app.py", default_timeout=600)
        at.run()
        if page != "views/overzicht.py":
            at.switch_page(page)
        st.cache_data.clear()
        st.cache_resource.clear()
        t = time.perf_counter(); at.run(); a = time.perf_counter() - t
        assert not at.exception, [e.value for e in at.exception]
        t = time.perf_counter(); at.run(); b = time.perf_counter() - t
        assert not at.exception, [e.value for e in at.exception]
        if i:  # the first round warms the interpreter
            first.append(a); cached.append(b)
    out[page] = {"first": first, "cached": cached}
print(json.dumps(out))
"""


def _publish_scaled(sizes: generate.Sizes, data_dir: Path, files: Path) -> None:
    from pipelines.ingest import ingest

    if (data_dir / "catalog.sqlite").exists():
        return
    for dataset, path in generate.write_all(sizes, files).items():
        result = ingest(dataset, path, data_dir=data_dir, user="bench")
        if result.status != "published":
            raise RuntimeError(f"{dataset}: {result.status} {[e.message for e in result.errors[:3]]}")


def _demo(data_dir: Path) -> None:
    from pipelines.demo import build_demo

    if not (data_dir / "catalog.sqlite").exists():
        build_demo(data_dir)


def _geo(data_dir: Path) -> bool:
    from pipelines import geo

    if geo.installed(data_dir):
        return True
    if not SHARED_GEO.is_dir():
        return False
    geo.install(SHARED_GEO, data_dir)
    return True


def bench_pages(sizes: generate.Sizes, runs: int, work: Path) -> list[Result]:
    demo_dir, scaled_dir = work / "pages-demo", work / "pages-100x"
    _demo(demo_dir)
    _publish_scaled(sizes, scaled_dir, work / "files")
    for d in (demo_dir, scaled_dir):
        _geo(d)
    results = []
    demo_runs = _python(PAGE_RUNS, demo_dir, str(runs), *PAGES)
    scaled_runs = _python(PAGE_RUNS, scaled_dir, str(runs), *PAGES)
    for page in PAGES:
        demo, scaled = demo_runs[page], scaled_runs[page]
        name = page.removeprefix("views/").removesuffix(".py")
        d, s = statistics.median(demo["first"]), statistics.median(scaled["first"])
        growth = s / d
        cached = statistics.median(scaled["cached"]) / s
        results.append(
            Result(
                f"P3 {name}",
                f"pagina {name}: eerste run op 100x (demo: {d:.2f} s), herhaalde run {cached:.2f}x".replace(
                    ".", ","
                ),
                s,
                "s",
                baseline=d,
                baseline_what="dezelfde pagina op de demogegevens",
                ratio=growth,
                goal="groei <= 2,0x; herhaald <= 0,2x",
                met=growth <= 2.0 and cached <= 0.2,
                runs=scaled["first"],
            )
        )
    return results


# --- P4: the map in a browser ----------------------------------------------------------------


# --- L1, L2: queries on the lake -----------------------------------------------------------

QUERIES = """
import json, statistics, sys, time
from pathlib import Path
import duckdb
from dashboard import db
root, plain_dir, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
snap = db.read_snapshot(root)
plain_dir.mkdir(parents=True, exist_ok=True)
plain = []
for name, files in snap.files:  # the same rows as one plain Parquet file per dataset
    out = plain_dir / f"{name}.parquet"
    duckdb.sql(f"COPY (SELECT * FROM read_parquet({list(files)!r})) TO '{out}' (FORMAT parquet)")
    plain.append((name, (str(out),)))
other = db.Snapshot(snap.root, snap.version, snap.created_at, tuple(plain), snap.demo, snap.updated)
params = {"jaren": [], "provincies": [], "indeling": "2025", "tot": None, "kant": "beide",
          "gemeente": "11002", "themas": [], "statussen": [], "modellen": [], "gemeenten": []}
names = sorted(p.stem for p in Path("dashboard/queries").glob("*.sql") if not p.stem.startswith("_"))
con = db.connect(root)
def page(s):
    t = time.perf_counter()
    for name in names:
        db.query(con, name, s, params)
    return time.perf_counter() - t
lake_t, plain_t = [], []
for i in range(runs + 1):
    a, b = page(snap), page(other)
    if i:
        lake_t.append(a); plain_t.append(b)
files = sum(len(f) for _, f in snap.files)
print(json.dumps({"lake": lake_t, "plain": plain_t, "files": files, "queries": len(names)}))
"""

SMALL_PUBLISHES = """
import json, sys, time
from pathlib import Path
import duckdb
from pipelines.store import Store
from pipelines.store import now_iso, new_ingest_id
root, count = Path(sys.argv[1]), int(sys.argv[2])
store = Store(root)
version = store.current_version()
entry = store.entries(version)["uitgaven"]
template = root / "one.parquet"
t = time.perf_counter()
for i in range(count):  # one booking per publish, as a trickle of tiny appends would
    ingest_id = new_ingest_id()  # the staging marks every accepted row with its ingest
    store.sql(f"COPY (SELECT * REPLACE ('S-{i}' AS boeking_id, '{ingest_id}' AS _ingest_id) "
              f"FROM {store.relation('uitgaven', version)} LIMIT 1) TO '{template}' (FORMAT parquet)")
    ingest = {"ingest_id": ingest_id, "status": "published", "file_name": "klein.csv",
              "file_sha256": f"{i:064x}", "rows_read": 1, "rows_accepted": 1, "rows_rejected": 0,
              "finished_at": now_iso(), "user": "bench", "mode": "append"}
    store.publish("uitgaven", template, ingest, True, entry["generation"] + i)
print(json.dumps({"seconds": time.perf_counter() - t, "count": count}))
"""


def bench_queries(sizes: generate.Sizes, runs: int, work: Path, publishes: int) -> list[Result]:
    """L1: a page's queries (every named query) on the lake's files vs the same rows as plain
    Parquet, at demo scale and at 100x. L2: after `publishes` one-row publishes, before and
    after `maintain`, vs a fresh lake of the same rows."""
    out = []
    demo, scaled = work / "pages-demo", work / "pages-100x"
    _demo(demo)
    _publish_scaled(sizes, scaled, work / "files")
    for label, root in (("demo", demo), ("100x", scaled)):
        q = _python(QUERIES, root, str(root), str(work / f"plain-{label}"), str(runs))
        result = Result("L1 " + label, f"alle {q['queries']} query's van de pagina's op het meer ({label})",
                        statistics.median(q["lake"]), "s", runs=q["lake"])  # fmt: skip
        out.append(_ratio(result, statistics.median(q["plain"]), "dezelfde query's op gewone Parquet", 1.2))
    small = work / "small-publishes"
    shutil.rmtree(small, ignore_errors=True)
    _demo(small)
    made = _python(SMALL_PUBLISHES, small, str(small), str(publishes))
    before = _python(QUERIES, small, str(small), str(work / "plain-small"), str(runs))
    from pipelines.maintenance import maintain

    t = time.perf_counter()
    maintain(small, grace=0)
    maintained = time.perf_counter() - t
    after = _python(QUERIES, small, str(small), str(work / "plain-small"), str(runs))
    fresh = work / "fresh-lake"
    shutil.rmtree(fresh, ignore_errors=True)
    _fresh_copy(small, fresh)
    new = _python(QUERIES, fresh, str(fresh), str(work / "plain-fresh"), str(runs))
    note = (
        f"{publishes} publicaties van 1 rij in {made['seconds']:.0f} s; voor onderhoud "
        f"{statistics.median(before['lake']):.3f} s over {before['files']} bestanden; "
        f"maintain {maintained:.1f} s, daarna {after['files']} bestanden"
    ).replace(".", ",")
    result = Result("L2", f"query's na {_int(publishes)} kleine publicaties en maintain",
                    statistics.median(after["lake"]), "s", note=note, runs=after["lake"])  # fmt: skip
    out.append(_ratio(result, statistics.median(new["lake"]), "dezelfde rijen in een vers meer", 1.2))
    return out


def _fresh_copy(source: Path, target: Path) -> None:
    """A fresh lake holding the current rows of `source`, each dataset in one publish."""
    from pipelines.store import Store

    src = Store(source)
    version = src.current_version()
    work = target / "in"
    work.mkdir(parents=True)
    dst = Store(target)
    for i, name in enumerate(sorted(src.entries(version))):
        path = work / f"{name}.parquet"
        src.sql(
            f"COPY (SELECT * REPLACE ('fresh-{i}' AS _ingest_id) FROM {src.relation(name, version)}) "
            f"TO '{path}' (FORMAT parquet)"
        )
        rows = src.entries(version)[name]["rows"]
        ingest = {"ingest_id": f"fresh-{i}", "status": "published", "file_name": f"{name}.parquet",
                  "file_sha256": f"{i:064x}", "rows_read": rows, "rows_accepted": rows, "rows_rejected": 0,
                  "finished_at": "2026-01-01T00:00:00+00:00", "user": "bench", "mode": "replace"}  # fmt: skip
        dst.publish(name, path, ingest, False, 0)
    src.close()
    dst.close()


def bench_map(runs: int, work: Path) -> list[Result]:
    data_dir = work / "pages-100x"
    if not Path(CHROMIUM).exists() or not _geo(data_dir):
        why = "geen Chromium" if not Path(CHROMIUM).exists() else "geen grenzen (../shared/geo ontbreekt)"
        return [Result("P4", "kaartpagina in Chromium", None, "", note=f"niet gemeten: {why}")]
    import socket
    import urllib.request

    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
        + ["--server.headless", "true"],
        cwd=PROJECT,
        env=_env(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        seconds, sizes = [], []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            for i in range(runs + 1):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                received = [0]
                page.on(
                    "websocket",
                    lambda ws, received=received: ws.on(
                        "framereceived",
                        lambda payload: received.__setitem__(0, received[0] + len(payload)),
                    ),
                )
                t = time.perf_counter()
                page.goto(url + "/kaart", wait_until="domcontentloaded")
                page.wait_for_function(
                    "() => { const gd = document.querySelector('.js-plotly-plot');"
                    " const m = gd && gd._fullLayout && gd._fullLayout.map"
                    " && gd._fullLayout.map._subplot.map;"
                    " return m && m.loaded() && !m.isMoving(); }",
                    timeout=120_000,
                )
                drawn = time.perf_counter() - t
                page.wait_for_timeout(1000)  # the rest of the page (tables) arrives too
                if i:
                    seconds.append(drawn)
                    sizes.append(received[0] / 1e6)
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    mb = statistics.median(sizes)
    return [
        Result(
            "P4 bytes",
            "kaartpagina: bytes over de websocket (grenzen, gegevens en de rest van de pagina)",
            mb,
            "MB",
            goal="<= 2 MB",
            met=mb <= 2.0,
            runs=sizes,
        ),
        Result(
            "P4 tijd",
            "kaartpagina: tijd tot de kaart getekend is (headless Chromium, 100x)",
            statistics.median(seconds),
            "s",
            goal="gemeten",
            met=True,
            runs=seconds,
        ),
    ]


# --- the report ------------------------------------------------------------------------------


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    out = {"Python": platform.python_version()}
    for package in ("duckdb", "pyarrow", "pandas", "numpy", "streamlit", "plotly", "playwright"):
        try:
            out[package] = version(package)
        except Exception:  # noqa: BLE001 - a missing tool is reported as such
            out[package] = "niet geïnstalleerd"
    if Path(CHROMIUM).exists():
        proc = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False)
        out["chromium"] = proc.stdout.strip()
    return out


def _machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            int(line.split()[1]) // 1024 // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem = 0
    return f"{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, {platform.system()} {platform.release()}"


def _int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ""
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def report(
    results: list[Result],
    sizes: generate.Sizes,
    hundredfold: generate.Sizes,
    runs: int,
    seconds: float,
    smoke: bool,
) -> str:
    lines = [
        "# Benchmarkresultaten" + (" (smoke: kleine schaal, zonder betekenis)" if smoke else ""),
        "",
        f"Gemeten op {datetime.now().strftime('%d/%m/%Y %H:%M')} met `python -m bench"
        + (" --smoke" if smoke else "")
        + f"`, mediaan van {runs} runs na een opwarmrun, basislijnen in dezelfde run "
        "(P1 en P2 om beurten met hun basislijn); "
        f"duur {seconds / 60:.0f} min.",
        "",
        f"- Machine: {_machine()}",
        "- Versies: " + ", ".join(f"{k} {v}" for k, v in _versions().items()),
        f"- Schaal: {_int(sizes.uitgaven)} uitgaven, {_int(sizes.trajecten)} trajecten, "
        f"{sizes.municipalities} gemeenten x {sizes.years} jaar x {sizes.indicators} indicatoren "
        "(bench/generate.py, Belgisch Excel-formaat); P3 en P4 op 100x de demo "
        f"({_int(hundredfold.trajecten)} trajecten, {_int(hundredfold.uitgaven)} uitgaven, "
        f"{_int(hundredfold.indicator_rows)} indicatorwaarden).",
        "",
        "| | meting | mediaan | basislijn | verhouding | doel | gehaald |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        value = f"{_num(r.value)} {r.unit}".strip() if r.value is not None else r.note
        base = f"{_num(r.baseline)} s ({r.baseline_what})" if r.baseline is not None else ""
        ratio = f"{_num(r.ratio)}x" if r.ratio is not None else ""
        met = {True: "ja", False: "**nee**", None: "-"}[r.met]
        lines.append(f"| {r.key} | {r.what} | {value} | {base} | {ratio} | {r.goal} | {met} |")
    missed = [r.key for r in results if r.met is False]
    lines += ["", "Alle doelen gehaald." if not missed else "Niet gehaald: " + ", ".join(missed) + "."]
    lines += ["", "Ruwe runs (seconden of MB):", ""]
    lines += [f"- {r.key}: " + ", ".join(_num(x, 3) for x in r.runs) for r in results if r.runs]
    notes = [f"- {r.key}: {r.note}" for r in results if r.note and r.value is not None]
    if notes:
        lines += ["", "Toelichting:", "", *notes]
    load = os.getloadavg()
    figures = ", ".join(f"{x:.1f}" for x in load).replace(".", ",")
    lines += ["", f"Belasting van de machine bij het einde (1, 5, 15 min): {figures}."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny scale, one run: checks code, not speed")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="P1,P2,P3,P4,P5,L1,L2", help="e.g. P1,P3")
    parser.add_argument("--publishes", type=int, default=10_000, help="L2: how many one-row publishes")
    parser.add_argument("--out", type=Path, default=PROJECT / "bench" / "RESULTS.md")
    parser.add_argument("--work", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sizes = generate.SMOKE if args.smoke else generate.FULL
    hundredfold = generate.SMOKE if args.smoke else generate.HUNDREDFOLD
    runs = 1 if args.smoke else args.runs
    work = args.work / ("smoke" if args.smoke else "full")
    work.mkdir(parents=True, exist_ok=True)
    only = {p.strip().upper() for p in args.only.split(",")}
    started = time.perf_counter()
    results: list[Result] = []
    if only & {"P1", "P2", "P5"}:
        print("P1, P2, P5: ingest…", flush=True)
        results += [r for r in bench_ingest(sizes, runs, work) if r.key in only]
    if "P3" in only:
        print("P3: pagina's…", flush=True)
        results += bench_pages(hundredfold, runs, work)
    if only & {"L1", "L2"}:
        print("L1, L2: query's op het meer…", flush=True)
        publishes = 20 if args.smoke else args.publishes
        results += [r for r in bench_queries(hundredfold, runs, work, publishes) if r.key.split()[0] in only]
    if "P4" in only:
        print("P4: kaart in Chromium…", flush=True)
        if "P3" not in only:
            _publish_scaled(hundredfold, work / "pages-100x", work / "files")
        results += bench_map(runs, work)
    results.sort(key=lambda r: r.key)
    text = report(results, sizes, hundredfold, runs, time.perf_counter() - started, args.smoke)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
