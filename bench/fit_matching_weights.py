"""Fit the matcher's calibration weights on the TRAIN split of both languages (dev is never read here).

usage: python -m bench.fit_matching_weights --pairwise [--top N] [--folds K --seed S]
Prints the fitted weights (paste into workbench/matching/calibration.py) and train MAP@5 before/after.
With --folds, also the K-fold cross-validated train MAP@5 (fitted on K-1 folds, scored on the one left out):
the figure a new feature or setting is judged by, since train MAP of weights fitted on train flatters.
"""

import argparse
import random
import tempfile
from pathlib import Path

from bench.checkthat import load_database, mean_ap5, qrels, queries
from workbench.matching import calibration, fts5
from workbench.matching.features import FEATURES
from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.storage.models import Claim

SETTINGS = MatchSettings()


def collect(lang: str, workdir: Path):
    """(per-query candidate lists with their features, relevant claims) for the language's train queries."""
    db = load_database(lang, workdir / f"{lang}.sqlite")
    relevant = qrels(lang, "train")
    per_query, bm25 = {}, {}
    with db.reading() as session:
        refs = dict(session.query(Claim.id, Claim.external_ref))
        conn = session.connection()
        for qid, text in queries(lang, "train"):
            if qid not in relevant:
                continue
            scored = rank(conn, text, keep_features=True, settings=SETTINGS)
            per_query[qid] = [(refs[s.claim_id], s.features) for s in scored]
            bm25[qid] = [refs[s.claim_id] for s in sorted(scored, key=lambda s: -s.relevance)]
    db.close()
    recall = sum(any(ref in relevant[q] for ref, _ in c) for q, c in per_query.items()) / len(per_query)
    print(f"{lang} train candidate recall {recall:.3f}")
    print(f"{lang} train MAP@5 plain BM25 over the candidates {mean_ap5(bm25, relevant):.4f}")
    return per_query, relevant


def reranked(candidates, weights) -> list[str]:
    """A query's candidate refs, best first by these weights."""
    return [ref for ref, _ in sorted(candidates, key=lambda rv: -calibration.logit(list(rv[1]), weights))]


def train_map(per_query, relevant, weights) -> float:
    return mean_ap5({q: reranked(c, weights) for q, c in per_query.items()}, relevant)


def fit_ranking(data, top: int, l2: float, rows, labels) -> list[float]:
    """Weights ranking each query's relevant claims above its other candidates (pairwise logistic),
    then scaled and shifted (Platt) so that the logistic of the score is a calibrated probability."""
    diffs, signs = [], []
    for per_query, relevant in data.values():
        for qid, candidates in per_query.items():
            good = [v for ref, v in candidates[:top] if ref in relevant[qid]]
            bad = [v for ref, v in candidates[:top] if ref not in relevant[qid]]
            for g in good:
                for b in bad:
                    d = [x - y for x, y in zip(g, b, strict=True)]
                    diffs += [d, [-x for x in d]]
                    signs += [1, 0]
    ranking = calibration.fit(diffs, signs, l2=l2)[1:]
    scores = [[sum(w * x for w, x in zip(ranking, r, strict=True))] for r in rows]
    shift, scale = calibration.fit(scores, labels, l2=0.0)
    return [shift, *(scale * w for w in ranking)]


def _fit(data, args) -> list[float]:
    rows, labels = [], []
    for per_query, relevant in data.values():
        for qid, candidates in per_query.items():
            for ref, vector in candidates[:args.top]:
                rows.append(list(vector))
                labels.append(1 if ref in relevant[qid] else 0)
    if args.pairwise:
        return fit_ranking(data, args.top, args.l2, rows, labels)
    return calibration.fit(rows, labels, l2=args.l2)


def cross_validated(data, args) -> dict[str, float]:
    """Train MAP@5 per language, each query ranked by weights fitted without its fold."""
    folds = {}
    for lang, (per_query, _) in data.items():
        order = sorted(per_query)
        random.Random(args.seed).shuffle(order)
        folds[lang] = [set(order[k::args.folds]) for k in range(args.folds)]
    held_out = {lang: {} for lang in data}
    for k in range(args.folds):
        train = {lang: ({q: c for q, c in pq.items() if q not in folds[lang][k]}, rel)
                 for lang, (pq, rel) in data.items()}
        weights = _fit(train, args)
        for lang, (per_query, _) in data.items():
            held_out[lang].update({q: reranked(per_query[q], weights) for q in folds[lang][k]})
    return {lang: mean_ap5(held_out[lang], {q: rel[q] for q in data[lang][0]}) for lang, (_, rel) in data.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=40, help="candidates per query used for fitting")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--pairwise", action="store_true", help="fit the ranking on pairs, then calibrate (Platt)")
    parser.add_argument("--langs", nargs="+", default=["ar", "en"])
    parser.add_argument("--query-terms", type=int, default=MatchSettings().query_terms)
    parser.add_argument("--postings", type=int, default=MatchSettings().postings)
    parser.add_argument("--candidates", type=int, default=MatchSettings().candidates)
    parser.add_argument("--title-weight", type=float, default=fts5.TITLE_WEIGHT)
    parser.add_argument("--folds", type=int, default=0, help="also print K-fold cross-validated train MAP@5")
    parser.add_argument("--seed", type=int, default=7, help="how queries are dealt into folds")
    args = parser.parse_args()
    global SETTINGS
    SETTINGS = MatchSettings(query_terms=args.query_terms, candidates=args.candidates, postings=args.postings)
    fts5.TITLE_WEIGHT = args.title_weight
    data = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.langs:
            data[lang] = collect(lang, Path(tmp))
    weights = _fit(data, args)
    print("features:", ("intercept", *FEATURES))
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in weights) + ")")
    for lang, (per_query, relevant) in data.items():
        print(f"{lang} train MAP@5 current {train_map(per_query, relevant, calibration.WEIGHTS):.4f}"
              f" fitted {train_map(per_query, relevant, weights):.4f}")
    if args.folds:
        for lang, figure in cross_validated(data, args).items():
            print(f"{lang} train MAP@5 {args.folds}-fold cross-validated (seed {args.seed}) {figure:.4f}")


if __name__ == "__main__":
    main()
