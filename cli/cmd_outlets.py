"""`outlets`: the catalog with aliases; `outlets add` and `outlets alias` edit it."""

from cli.common import for_terminal, open_db, open_existing_db, print_json
from workbench.enums import OutletKind
from workbench.usecases.catalog.search import add_alias, add_outlet, list_outlets


def register(subparsers) -> None:
    parser = subparsers.add_parser("outlets", help="list the outlet catalog; `outlets add`, `outlets alias`")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--search", default="", help="keep outlets with a name or alias containing this")
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="outlets_action", metavar="ACTION")
    add = actions.add_parser("add", help="add an outlet")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=[k.value for k in OutletKind])
    add.add_argument("--country", help="two-letter country code, e.g. EG")
    add.add_argument("--language", help="main language code, e.g. ar")
    add.add_argument("--domain", help="web domain, e.g. youm7.com")
    add.add_argument("--notes", default="")
    add.add_argument("--alias", action="append", default=[], help="another spelling (repeatable)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)
    alias = actions.add_parser("alias", help="give an outlet another spelling")
    alias.add_argument("outlet", help="the outlet's name, an alias of it, or its id")
    alias.add_argument("alias", nargs="+")
    alias.add_argument("--json", action="store_true")
    alias.set_defaults(run=run_alias)


def _as_dict(o) -> dict:
    return {"id": o.id, "name": o.name, "kind": o.kind, "country": o.country, "language": o.language,
            "domain": o.domain, "notes": o.notes, "aliases": list(o.aliases)}


def _print(outlets, as_json: bool) -> None:
    if as_json:
        print_json([_as_dict(o) for o in outlets])
        return
    for o in outlets:
        others = [a for a in o.aliases if a != o.name]
        print(f"{o.id:>5}  {o.name}  ({o.kind}, {o.country or '??'})  {for_terminal(' | '.join(others))}")


def run_list(args) -> int:
    _print(list_outlets(open_existing_db(args), search=args.search), args.json)
    return 0


def run_add(args) -> int:
    outlet = add_outlet(open_db(args), name=args.name, kind=args.kind, country=args.country,
                        language=args.language, domain=args.domain, notes=args.notes, aliases=args.alias)
    _print([outlet], args.json)
    return 0


def run_alias(args) -> int:
    db = open_existing_db(args)
    outlet = None
    for spelling in args.alias:
        outlet = add_alias(db, args.outlet, spelling)
    _print([outlet], args.json)
    return 0
