"""`extract FILE [--json]`: an article's claims and attribution chains, without touching the database."""

from pathlib import Path

from cli.cmd_import import for_command_line
from cli.common import print_json
from workbench.catalog.aliases import AliasIndex, load_bundled_entries
from workbench.errors import InputRefused
from workbench.extraction.extractor import extract, extraction_as_json
from workbench.intake import read_document
from workbench.reports.safety import printable_name


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="show the claims and attribution chains found in a file")
    parser.add_argument("file", metavar="FILE", help="an article: text, .html, .docx or .md")
    parser.add_argument("--json", action="store_true", help="print the extraction as JSON")
    parser.add_argument("--language", help="ISO code (ar, en); detected from the text by default")
    parser.set_defaults(run=run)


def run(args) -> int:
    path = Path(args.file)
    try:
        text = read_document(path).text
    except InputRefused as refusal:
        raise InputRefused(f"{printable_name(str(path))}: {for_command_line(str(refusal))}") from None
    catalog = AliasIndex.from_entries(load_bundled_entries())
    extraction = extract(text, catalog=catalog, language=getattr(args, "language", None))
    if args.json:
        print_json(extraction_as_json(extraction))
        return 0
    print(f"language: {extraction.language}  claims: {len(extraction.claims)}  "
          f"boilerplate lines: {len(extraction.boilerplate)}")
    for number, claim in enumerate(extraction.claims, 1):
        print(f"\n{number}. [{claim.start}:{claim.end}] {claim.text}")
        if not claim.chain:
            print("   (unattributed)")
        for depth, hop in enumerate(claim.chain):
            label = hop.outlet or hop.name or hop.role or hop.surface
            extra = f" — {hop.role}" if hop.role and hop.role != label else ""
            if hop.proposed is not None:  # an outlet the catalog lacks: what adding it would record
                extra += f" — new outlet ({', '.join(filter(None, (hop.proposed.kind, hop.proposed.country)))})"
            print(f"   {'  ' * depth}← {hop.kind.value}: {label}{extra}  ({hop.confidence:.2f})")
    return 0
