"""Command line of the read side: python -m dashboard answer FILE [--json].

Exit 0 when the question was read, 1 when the file holds no question, 2 on usage errors."""

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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return _answer(args)


def _answer(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"Bestand niet gevonden: {args.file}", file=sys.stderr)
        return USAGE_ERROR
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
