"""Arabic ranking errors on CheckThat! 2021 2A: MAP@5, candidate recall, and the queries whose claim is not first.

usage: python -m bench.arabic_ranking_errors [--split train] [--show N] [--lang ar]

The claims are re-indexed with the current index terms first (the bench cache's databases hold the terms of
the code that built them). For each query with a relevant claim it ranks with the matcher as shipped, and
with words alone (encoder off) to see candidate generation by itself. Prints MAP@5 of both, recall of the
candidates (is a relevant claim among those rescored, at 5 / 20 / 100), and the misses: the query, its index
terms, the relevant claim's, the claim ranked first, and the terms each shares with the query. Read train,
never dev, when choosing what to change.
"""

import argparse
import tempfile
from pathlib import Path

from bench.checkthat import load_database, mean_ap5, qrels, queries
from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.matching.terms import index_terms
from workbench.matching.upkeep import reindex
from workbench.storage.models import Claim

DEPTHS = (1, 5, 20, 100)


def ranked_refs(conn, refs: dict[int, str], text: str, settings: MatchSettings) -> list[str]:
    return [refs[s.claim_id] for s in rank(conn, text, settings=settings)]


def recall(ranked: dict[str, list[str]], relevant: dict[str, set[str]], depth: int) -> float:
    return sum(1 for q, rel in relevant.items() if set(ranked[q][:depth]) & rel) / max(1, len(relevant))


def show_miss(qid: str, text: str, ranked: list[str], rel: set[str], texts: dict[str, str]) -> None:
    q_terms = index_terms(text)
    q_set = set(q_terms)
    where = next((i + 1 for i, r in enumerate(ranked) if r in rel), None)
    print(f"\n-- {qid}: relevant at {where or 'not a candidate'} of {len(ranked)}")
    print(f"   query  : {text}")
    print(f"   terms  : {' '.join(q_terms)}")
    for ref in sorted(rel):
        terms = index_terms(texts[ref])
        print(f"   right  : {ref} {texts[ref]}")
        print(f"            shares {' '.join(t for t in dict.fromkeys(terms) if t in q_set) or '-'}"
              f" | misses {' '.join(t for t in dict.fromkeys(terms) if t not in q_set) or '-'}")
    if ranked and ranked[0] not in rel:
        terms = index_terms(texts[ranked[0]])
        print(f"   first  : {ranked[0]} {texts[ranked[0]]}")
        print(f"            shares {' '.join(t for t in dict.fromkeys(terms) if t in q_set) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--lang", default="ar", choices=["ar", "en"])
    parser.add_argument("--show", type=int, default=40, help="misses printed (0: figures only)")
    args = parser.parse_args()
    relevant = qrels(args.lang, args.split)
    items = [(q, t) for q, t in queries(args.lang, args.split) if q in relevant]
    with tempfile.TemporaryDirectory() as tmp:
        db = load_database(args.lang, Path(tmp) / f"{args.lang}.sqlite")
        reindex(db)
        with db.reading() as session:
            refs = dict(session.query(Claim.id, Claim.external_ref))
            texts = {refs[i]: t for i, t in session.query(Claim.id, Claim.text)}
            conn = session.connection()
            runs = {name: {q: ranked_refs(conn, refs, t, settings) for q, t in items}
                    for name, settings in (("shipped", MatchSettings()), ("words", MatchSettings(semantic=False)))}
        db.close()
    for name, ranked in runs.items():
        print(f"{args.lang} {args.split} {name:<8} MAP@5 {mean_ap5(ranked, relevant):.4f}  recall "
              + "  ".join(f"@{d} {recall(ranked, relevant, d):.3f}" for d in DEPTHS), flush=True)
    shipped = runs["shipped"]
    misses = [(q, t) for q, t in items if not (shipped[q][:1] and shipped[q][0] in relevant[q])]
    print(f"{len(misses)} of {len(items)} queries have no relevant claim first")
    for qid, text in misses[: args.show]:
        show_miss(qid, text, shipped[qid], relevant[qid], texts)


if __name__ == "__main__":
    main()
