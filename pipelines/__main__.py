"""Command line: python -m pipelines <command>. Exit 0 ok, 1 refused, 2 usage error."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines import contract, paths
from pipelines.ingest import MODES, ingest
from pipelines.store import Busy, LockTimeout, Store, StoreUnavailable
from pipelines.wording import count, number, plural

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines",
        description="VAPA-monitor: gegevens valideren en publiceren.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _data_commands(sub)
    _store_commands(sub)
    _reference_commands(sub)
    return parser


def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="gegevensmap (standaard: $VAPA_DATA_DIR of data/)")


def _data_commands(sub: argparse._SubParsersAction) -> None:
    """ingest, export, demo, template and status: the data in and out."""
    p = sub.add_parser("ingest", help="een CSV-bestand valideren en publiceren")
    p.add_argument("dataset", choices=list(contract.DATASETS))
    p.add_argument("file", type=Path)
    p.add_argument("--mode", choices=MODES, default="replace")
    p.add_argument("--user", help="wie oplaadt (standaard: $VAPA_USER of de systeemgebruiker)")
    p.add_argument("--json", action="store_true", help="resultaat als één JSON-document")
    _data_dir_arg(p)

    p = sub.add_parser("export", help="de gepubliceerde rijen van een dataset wegschrijven")
    p.add_argument("dataset", choices=list(contract.DATASETS))
    p.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p.add_argument("--out", required=True, type=Path)
    _data_dir_arg(p)

    p = sub.add_parser("demo", help="de demogegevens opbouwen en publiceren")
    p.add_argument("--force", action="store_true", help="ook als er echte gegevens zijn")
    p.add_argument("--if-empty", action="store_true", help="alleen als er nog niets is")
    _data_dir_arg(p)

    p = sub.add_parser("template", help="een sjabloon: CSV in Belgisch Excel-formaat of Excel-werkmap")
    p.add_argument("dataset", choices=list(contract.DATASETS))
    p.add_argument("--empty", action="store_true", help="alleen de kopregel")
    p.add_argument("--format", choices=("csv", "xlsx"), help="standaard: volgens --out (.xlsx), anders csv")
    p.add_argument("--out", type=Path, help="bestand (standaard: naar stdout)")

    p = sub.add_parser("status", help="wat er gepubliceerd is")
    p.add_argument("--json", action="store_true")
    _data_dir_arg(p)


def _store_commands(sub: argparse._SubParsersAction) -> None:
    """rollback, recover, maintain and migrate: the store's upkeep."""
    p = sub.add_parser("rollback", help="een eerdere versie opnieuw publiceren")
    p.add_argument("version", type=int)
    p.add_argument("--user")
    _data_dir_arg(p)

    p = sub.add_parser("recover", help="resten van afgebroken schrijfacties opruimen en herstellen")
    _data_dir_arg(p)

    p = sub.add_parser("maintain", help="onderhoud: oude snapshots laten vervallen, bestanden samenvoegen")
    p.add_argument("--retention-days", type=float, default=None, help="snapshots ouder dan dit vervallen")
    p.add_argument("--force", action="store_true", help="ook snapshots die een gedownload antwoord noemt")
    p.add_argument(
        "--grace-minutes", type=float, default=None, help="bestanden pas zo lang na hun laatste gebruik weg"
    )
    _data_dir_arg(p)

    p = sub.add_parser(
        "migrate", help="een gegevensmap van het oude formaat overzetten naar de gegevensopslag"
    )
    _data_dir_arg(p)


def _reference_commands(sub: argparse._SubParsersAction) -> None:
    """geo, reference and dictionary: boundaries, the municipality list, the data dictionary."""
    p = sub.add_parser("geo", help="de gemeentegrenzen (2019-2024 en 2025) installeren voor de kaart")
    p.add_argument("--from", dest="source", type=Path, help="map met de grenzenlagen (bv. ../shared/geo)")
    p.add_argument("--if-missing", action="store_true", help="niets doen als ze al geïnstalleerd zijn")
    _data_dir_arg(p)

    sub.add_parser("reference", help="het referentiebestand van gemeenten opnieuw genereren")
    sub.add_parser("dictionary", help="het gegevenswoordenboek als Markdown")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (LockTimeout, Busy, StoreUnavailable) as exc:
        print(str(exc), file=sys.stderr)
        return 1


def _ingest(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        print(f"Bestand niet gevonden: {args.file}", file=sys.stderr)
        return USAGE_ERROR
    result = ingest(args.dataset, args.file, mode=args.mode, data_dir=args.data_dir, user=args.user)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
        return result.exit_code
    print(_summary(result))
    return result.exit_code


def _summary(result) -> str:
    lines = []
    if result.status == "refused":
        lines.append(f"GEWEIGERD: {result.file_name} ({result.dataset}); er is niets gepubliceerd.")
    elif result.status == "duplicate":
        lines.append(
            f"AL OPGELADEN: {result.file_name} is identiek aan opslag {result.duplicate_of}; "
            f"niets dubbel geteld (versie {result.version})."
        )
    else:
        lines.append(f"GEPUBLICEERD: {result.file_name} als {result.dataset}, versie {result.version}.")
    lines.append(
        f"Rijen gelezen: {result.rows_read}, aanvaard: {result.rows_accepted}, "
        f"geweigerd: {result.rows_rejected}"
        + (f", lege rijen overgeslagen: {result.rows_blank}" if result.rows_blank else "")
    )
    issues = ([result.refusal] if result.refusal else []) + result.errors
    for issue in issues:
        where = f"regel {issue.line}" if issue.line else "bestand"
        col = f", kolom {issue.column}" if issue.column else ""
        val = f", waarde '{issue.value}'" if issue.value not in (None, "") else ""
        lines.append(f"  FOUT {where}{col}{val} [{issue.code}]: {issue.message}")
    for issue in result.warnings:
        where = f"regel {issue.line}" if issue.line else "bestand"
        col = f", kolom {issue.column}" if issue.column else ""
        lines.append(f"  LET OP {where}{col} [{issue.code}]: {issue.message}")
    return "\n".join(lines)


def _export(args: argparse.Namespace) -> int:
    from pipelines.exports import NothingPublished, export

    try:
        n = export(args.dataset, args.out, args.format, args.data_dir)
    except NothingPublished as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"{count(n, 'rij', 'rijen')} van {args.dataset} geschreven naar {args.out}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from pipelines.demo import RealDataPresent, build_demo, has_published

    if args.if_empty and has_published(args.data_dir):
        print("Er zijn al gegevens gepubliceerd; de demo wordt niet opnieuw opgebouwd.")
        return 0
    try:
        results = build_demo(args.data_dir, force=args.force)
    except RealDataPresent as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for r in results:
        print(f"{r.dataset}: {r.status}, {r.rows_accepted} rijen, versie {r.version}")
    return 0 if all(r.status != "refused" for r in results) else 1


def _template(args: argparse.Namespace) -> int:
    from pipelines.exports import template

    fmt = args.format or ("xlsx" if args.out and args.out.suffix.lower() == ".xlsx" else "csv")
    data = template(args.dataset, with_examples=not args.empty, fmt=fmt)
    if args.out:
        args.out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _status(args: argparse.Namespace) -> int:
    from pipelines.exports import status

    info = status(args.data_dir)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
        return 0
    print(f"Gegevensmap: {info['data_dir']}")
    print(f"Catalogus: {info['catalog']} · gegevensbestanden: {info['data_path']}")
    if not info["version"]:
        print("Nog niets gepubliceerd. Start met: python -m pipelines demo")
        return 0
    print(f"Versie {info['version']}, gepubliceerd {info['published_at']}")
    for name, entry in info["datasets"].items():
        if entry is None:
            print(f"  {name:<12} niets gepubliceerd")
        else:
            demo = " (demo)" if entry["demo"] else ""
            print(
                f"  {name:<12} {number(entry['rows']):>9} {plural(entry['rows'], 'rij,', 'rijen,'):<6} "
                f"bijgewerkt {entry['updated_at']}, {count(entry['ingests'], 'opslag', 'opslagen')}{demo}"
            )
    print(f"Opslagen in het logboek: {info['ingests']} (waarvan {info['refused']} geweigerd)")
    if info["missing_files"]:
        names = ", ".join(sorted(info["missing_files"]))
        print(
            f"BESCHADIGD: gegevensbestanden van {names} ontbreken. Voer `python -m pipelines recover` uit: "
            "de laatste volledige versie wordt opnieuw gepubliceerd.",
            file=sys.stderr,
        )
        return 1
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from pipelines.ingest import default_user

    store = Store(paths.data_dir(args.data_dir))
    with store.write_lock():
        if store.version(args.version) is None:
            known = ", ".join(str(v["version"]) for v in store.versions()) or "geen"
            print(f"Versie {args.version} bestaat niet (gepubliceerde versies: {known}).", file=sys.stderr)
            return USAGE_ERROR
        new = store.rollback(args.version, args.user or default_user())
    print(f"Versie {new['version']} gepubliceerd met de gegevens van versie {args.version}.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from pipelines.maintenance import recover

    for line in recover(args.data_dir):
        print(line)
    return 0


def _maintain(args: argparse.Namespace) -> int:
    from pipelines import maintenance

    done = maintenance.maintain(
        args.data_dir,
        maintenance.RETENTION_DAYS if args.retention_days is None else args.retention_days,
        args.force,
        maintenance.GRACE_SECONDS if args.grace_minutes is None else args.grace_minutes * 60,
    )
    for line in done:
        print(line)
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from pipelines.migrate import MigrationRefused, migrate

    try:
        lines = migrate(args.data_dir)
    except MigrationRefused as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


def _reference(args: argparse.Namespace) -> int:
    from pipelines.reference import write_reference

    print(f"Geschreven: {write_reference()}")
    return 0


def _dictionary(args: argparse.Namespace) -> int:
    from pipelines.exports import dictionary_markdown

    print(dictionary_markdown())
    return 0


def _geo(args: argparse.Namespace) -> int:
    from pipelines import geo

    if args.if_missing and geo.installed(args.data_dir):
        print("De gemeentegrenzen zijn al geïnstalleerd.")
        return 0
    if args.source is not None and not args.source.is_dir():
        print(f"Map niet gevonden: {args.source}", file=sys.stderr)
        return USAGE_ERROR
    try:
        done = geo.install(args.source, args.data_dir)
    except geo.GeoError as exc:
        print(f"Gemeentegrenzen niet geïnstalleerd: {exc}", file=sys.stderr)
        return 1
    for layer in done:
        population = ", met inwonertal" if layer.population else ""
        print(f"Grenzen {layer.vintage}: {layer.features} gemeenten, {layer.bytes / 1e6:.1f} MB{population}")
    return 0


COMMANDS = {
    "ingest": _ingest,
    "export": _export,
    "demo": _demo,
    "template": _template,
    "status": _status,
    "rollback": _rollback,
    "recover": _recover,
    "maintain": _maintain,
    "migrate": _migrate,
    "reference": _reference,
    "dictionary": _dictionary,
    "geo": _geo,
}

if __name__ == "__main__":
    sys.exit(main())
