"""Command line of the read side: python -m dashboard answer FILE [--json] [--out antwoord.docx]
[--data-dir D] [--stand dd/mm/jjjj].

Exit 0 when the question was read (and the draft written), 1 when the file holds no question or
the draft cannot be made from the data directory, 2 on usage errors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dashboard import question

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="VAPA-monitor: een schriftelijke vraag lezen en koppelen aan de gegevens.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "answer", help="een schriftelijke vraag lezen: kop, deelvragen en de blokken die ze beantwoorden"
    )
    p.add_argument("file", type=Path, help="de vraag als tekst (.txt) of Word-document (.docx)")
    p.add_argument("--json", action="store_true", help="resultaat als één JSON-document")
    p.add_argument(
        "--out",
        type=Path,
        help="het concept-antwoord wegschrijven: .docx (Word) of .xlsx (Excel), met elke deelvraag "
        "zoals gekoppeld",
    )
    p.add_argument("--data-dir", help="gegevensmap (standaard: $VAPA_DATA_DIR of data/)")
    p.add_argument(
        "--stand", help="stand op een vroegere datum (dd/mm/jjjj); standaard alle gepubliceerde gegevens"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return _answer(args)


def _answer(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"Bestand niet gevonden: {args.file}", file=sys.stderr)
        return USAGE_ERROR
    if args.out is not None and args.out.suffix.lower() not in WRITERS:
        print(f"--out moet eindigen op .docx of .xlsx, niet {args.out.name}.", file=sys.stderr)
        return USAGE_ERROR
    as_of = None
    if args.stand:
        from dashboard.questionform import parse_day

        cutoff = parse_day(args.stand)
        if cutoff.error:
            print(cutoff.error, file=sys.stderr)
            return USAGE_ERROR
        as_of = cutoff.day
    try:
        text = question.text_of(args.file.read_bytes(), args.file.name)
    except question.NotAQuestion as exc:
        print(str(exc), file=sys.stderr)
        return 1
    q = question.parse(text)
    if not q.deelvragen:
        print(
            f"Geen vraag gevonden in {args.file.name}: geen genummerde deelvragen en geen zin met "
            "een vraagteken.",
            file=sys.stderr,
        )
        return 1
    if q.ontbreekt:
        print(f"LET OP: niet gevonden in de kop van de vraag: {', '.join(q.ontbreekt)}.", file=sys.stderr)
    if args.json:
        print(json.dumps(q.to_json(), ensure_ascii=False, indent=1))
    else:
        print(_summary(q))
    return 0 if args.out is None else _write_draft(q, args.out, args.data_dir, as_of)


WRITERS = {".docx": "to_docx", ".xlsx": "to_xlsx"}


def _write_draft(q: question.Question, out: Path, data_dir: str | None, as_of) -> int:
    """The draft of the page, every sub-question as matched, written to `out`."""
    import duckdb

    from dashboard import answer, db, questionreview
    from dashboard.filters import Filters
    from pipelines.store import Busy, StoreUnavailable

    try:
        snap = db.read_snapshot(data_dir)
        if snap.empty:
            print(
                f"Er zijn nog geen gegevens gepubliceerd in {snap.root}; publiceer eerst (python -m "
                "pipelines ingest ...) of maak demogegevens (python -m pipelines demo).",
                file=sys.stderr,
            )
            return 1
        items = [questionreview.item(d, questionreview.proposal(d)) for d in q.deelvragen]
        header = questionreview.header(q)
        ctx = answer.context(snap, Filters(), as_of)
        rendered = answer.build(snap, answer.Draft(header, items), as_of, Filters())
        data = getattr(answer, WRITERS[out.suffix.lower()])(rendered, header, ctx)
    except (StoreUnavailable, Busy) as exc:  # the store's own Dutch message and what to run
        print(f"{exc} Er is niets geschreven.", file=sys.stderr)
        return 1
    except (OSError, ValueError, KeyError, duckdb.Error):
        print(
            f"De gegevensmap {data_dir or 'data/'} is onvolledig of beschadigd; er is niets geschreven. "
            "Bekijk de toestand met python -m pipelines status en herstel met python -m pipelines recover.",
            file=sys.stderr,
        )
        return 1
    out.write_bytes(data)
    demo = " LET OP: demogegevens, niet versturen." if ctx.demo else ""
    print(f"Concept-antwoord geschreven naar {out} (stand van {ctx.as_of:%d/%m/%Y}).{demo}", file=sys.stderr)
    return 0


def _summary(q: question.Question) -> str:
    from dashboard import format  # pandas: only for the summary, so --json starts fast

    asked = format.day(q.datum) if q.datum else "(datum onbekend)"
    lines = [
        f"Schriftelijke vraag nr. {q.nummer or '?'} van {asked} van {q.vraagsteller or '?'} "
        f"aan {q.minister or '?'}",
        q.titel or "(titel onbekend)",
        "",
    ]
    for d in q.deelvragen:
        lines.append(f"{d.nr}. {d.tekst}")
        if d.blokken:
            lines.append(f"   Blokken: {', '.join(d.blokken)}")
            lines.append(f"   Selectie: {question.describe(d.filters)}")
        else:
            lines.append(f"   Niet uit de gegevens te beantwoorden: {d.reden}")
        lines += [f'   Open voor het kabinet: "{part}" ({reason})' for part, reason in d.open_delen]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
