"""Fit the matcher's calibrated similarity in the open world, on TRAIN data only; report train CV and dev.

usage: python -m bench.fit_matching_weights [--folds 5] [--pairwise-weight W] [--dev] [--news N]

Fitting data (train only): CheckThat! 2021 2A train queries (ar, en) and Arabic sentences repeating English
claims (bench/data/xling-ar-en.tsv), whose candidates are labelled by the qrels; the same queries with their
relevant claims removed (leave-relevant-out); and news that repeats no stored claim (PolNeAR train
sentences, bench/data/news-ar.tsv), matched against both archives. One logistic model is fitted on the top
candidates of all of them (calibration) plus candidate pairs of the positive queries (ranking), for the
semantic features and again for the lexical ones alone (used when a claim or query has no vector).

Prints the weights (paste into workbench/matching/calibration.py), K-fold cross-validated train figures
(the figures settings are chosen by): how the similarity of true matches ranked first and of unrelated news's
best candidate are spread, how well each feature tells them apart, and the lowest thresholds whose train
false alarms stay within the bars; with --dev the dev figures, measured once: MAP@5, cross-lingual
top-5/first, right-claim-first-and-offered, and the false-alarm rate at each threshold on the negatives.
"""

import argparse
import pickle
import random
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bench.checkthat import load_database, mean_ap5, qrels, queries
from bench.open_world import arabic_news, cross_lingual, polnear_sentences
from workbench.matching import calibration
from workbench.matching.features import FEATURES, SEMANTIC_FEATURES
from workbench.matching.matcher import rank
from workbench.matching.settings import MatchSettings
from workbench.matching.terms import word_count
from workbench.storage.models import Claim

THRESHOLDS = tuple(range(30, 100, 5))
LEXICAL = len(FEATURES)
NAMES = ("intercept", *FEATURES, *SEMANTIC_FEATURES)
# Open-world bars the default thresholds are chosen by, on train CV, under issue #12's 10 % / 3 %.
SUGGESTED_ALARMS, LIKELY_ALARMS = 0.08, 0.02
NEWS = ("news-en/en", "news-ar/ar")


@dataclass
class QuerySet:
    """Candidates (ref, features, short) of each query in one set; relevant is empty for negatives."""

    name: str
    candidates: dict[str, list[tuple[str, np.ndarray, bool]]] = field(default_factory=dict)
    relevant: dict[str, set[str]] = field(default_factory=dict)
    negative: bool = False
    texts: dict[str, str] = field(default_factory=dict)


def collect(name: str, db, items, relevant: dict[str, set[str]] | None, settings: MatchSettings) -> QuerySet:
    found = QuerySet(name, relevant={q: r for q, r in (relevant or {}).items()}, negative=relevant is None)
    with db.reading() as session:
        refs = dict(session.query(Claim.id, Claim.external_ref))
        words = dict(session.query(Claim.id, Claim.text))
        conn = session.connection()
        for qid, text in items:
            if relevant is not None and qid not in relevant:
                continue
            query_short = word_count(text) < settings.short_claim_words
            found.texts[qid] = text
            scored = rank(conn, text, keep_features=True, settings=settings)
            found.candidates[qid] = [
                (refs[s.claim_id], np.asarray(s.features),
                 query_short or word_count(words[s.claim_id]) < settings.short_claim_words)
                for s in scored if len(s.features) == LEXICAL + len(SEMANTIC_FEATURES)]
    return found


def leave_relevant_out(positive: QuerySet) -> QuerySet:
    """The positive queries as negatives: their relevant claims taken out of the pool."""
    out = QuerySet(f"{positive.name}-lro", negative=True, texts=positive.texts)
    for qid, candidates in positive.candidates.items():
        out.candidates[qid] = [c for c in candidates if c[0] not in positive.relevant[qid]]
    return out


def gather(split: str, workdir: Path, news: int, settings: MatchSettings) -> list[QuerySet]:
    dbs = {lang: load_database(lang, workdir / f"{lang}.sqlite") for lang in ("ar", "en")}
    xling_items, xling_relevant = cross_lingual(split)
    english_news = [(f"pn-{i}", t) for i, t in polnear_sentences(split, limit=news)]
    arabic = [(f"na-{i}", t) for i, t in arabic_news(split)]
    sets = [
        collect("ar", dbs["ar"], queries("ar", split), qrels("ar", split), settings),
        collect("en", dbs["en"], queries("en", split), qrels("en", split), settings),
        collect("xling", dbs["en"], xling_items, xling_relevant, settings),
        collect("news-en/en", dbs["en"], english_news, None, settings),
        collect("news-ar/ar", dbs["ar"], arabic, None, settings),
        collect("news-en/ar", dbs["ar"], english_news[: max(1, news // 4)], None, settings),
        collect("news-ar/en", dbs["en"], arabic, None, settings),
    ]
    for db in dbs.values():
        db.close()
    return sets + [leave_relevant_out(s) for s in sets if not s.negative]


def _subset(query_set: QuerySet, qids: set[str]) -> QuerySet:
    return QuerySet(query_set.name, {q: c for q, c in query_set.candidates.items() if q in qids},
                    {q: r for q, r in query_set.relevant.items() if q in qids}, query_set.negative)


def fit(sets: list[QuerySet], *, width: int, top: int, pairwise_weight: float, l2: float) -> list[float]:
    """One logistic model: the top candidates of every query (calibration) and pairs (ranking).

    Which candidates are "top" depends on the model, so it is fitted twice: on the matcher's current
    order, then on the order of the first fit.
    """
    weights = _fit_once(sets, width=width, top=top, pairwise_weight=pairwise_weight, l2=l2, order=None)
    return _fit_once(sets, width=width, top=top, pairwise_weight=pairwise_weight, l2=l2, order=weights)


def _fit_once(sets, *, width, top, pairwise_weight, l2, order) -> list[float]:
    rows, labels, weights = [], [], []
    pairs = []
    for query_set in sets:
        # Each set weighs as much as any other in calibration, however many queries it holds.
        share = 1.0 / max(1, sum(min(top, len(c)) for c in query_set.candidates.values()))
        for qid, candidates in query_set.candidates.items():
            relevant = query_set.relevant.get(qid, set())
            if order is not None:
                candidates = sorted(candidates, key=lambda c: -(c[1][:width] @ np.asarray(order[1:])))
            for ref, vector, _short in candidates[:top]:
                rows.append([1.0, *vector[:width]])
                labels.append(1.0 if ref in relevant else 0.0)
                weights.append(share)
            if relevant:
                good = [v[:width] for ref, v, _ in candidates[:40] if ref in relevant]
                bad = [v[:width] for ref, v, _ in candidates[:40] if ref not in relevant]
                pairs += [g - b for g in good for b in bad]
    if pairs and pairwise_weight:
        share = pairwise_weight * sum(weights) / len(pairs) / 2
        for d in pairs:
            rows += [[0.0, *d], [0.0, *(-d)]]
            labels += [1.0, 0.0]
            weights += [share, share]
    total = sum(weights)
    return calibration.fit(rows, labels, weights=[w * len(weights) / total for w in weights], l2=l2,
                           intercept=False)


def similarities(candidates, weights: list[float], width: int) -> list[tuple[str, float, bool]]:
    """(ref, similarity, short) best first."""
    w = np.asarray(weights)
    scored = [(ref, 100.0 / (1.0 + np.exp(-np.clip(w[0] + vector[:width] @ w[1:], -30, 30))), short)
              for ref, vector, short in candidates]
    return sorted(scored, key=lambda s: -s[1])


@dataclass
class Figures:
    """What one set scores at one model: MAP@5 / top-5 / first for positives, top similarity for all."""

    map5: float | None = None
    top5: float | None = None
    first: float | None = None
    first_offered: dict[float, float] = field(default_factory=dict)
    reach: dict[float, float] = field(default_factory=dict)  # share of queries whose best match is >= t
    reach_likely: dict[float, float] = field(default_factory=dict)  # the same, as likely-same (not short)


def figures(query_set: QuerySet, ranked: dict[str, list[tuple[str, float, bool]]]) -> Figures:
    out = Figures()
    n = max(1, len(ranked))
    best = {q: r[0] if r else None for q, r in ranked.items()}
    for t in THRESHOLDS:
        out.reach[t] = sum(1 for b in best.values() if b and b[1] >= t) / n
        out.reach_likely[t] = sum(1 for b in best.values() if b and b[1] >= t and not b[2]) / n
    if not query_set.negative:
        refs = {q: [ref for ref, _, _ in r] for q, r in ranked.items()}
        out.map5 = mean_ap5(refs, query_set.relevant)
        out.top5 = sum(1 for q, r in refs.items() if set(r[:5]) & query_set.relevant[q]) / n
        out.first = sum(1 for q, r in refs.items() if r[:1] and r[0] in query_set.relevant[q]) / n
        out.first_offered = {t: first_offered(query_set, ranked, t) for t in THRESHOLDS}
    return out


def first_offered(query_set: QuerySet, ranked: dict[str, list[tuple[str, float, bool]]], threshold: float) -> float:
    """The share of queries whose first candidate is a right claim and reaches threshold."""
    return sum(1 for q, r in ranked.items() if r and r[0][0] in query_set.relevant[q] and r[0][1] >= threshold
               ) / max(1, len(ranked))


def evaluate(sets, weights_by_width: dict[int, list[float]], folds: list[dict[str, set[str]]] | None,
             args) -> tuple[dict[tuple[str, int], Figures], dict[int, dict[str, dict]]]:
    """Figures per (set, width), and each query's ranked candidates per width: with folds, each query
    ranked by weights fitted without its fold."""
    out, ranked_by_width = {}, {}
    for width in weights_by_width:
        ranked: dict[str, dict] = {s.name: {} for s in sets}
        if folds is None:
            for s in sets:
                for qid, c in s.candidates.items():
                    ranked[s.name][qid] = similarities(c, weights_by_width[width], width)
        else:
            for fold in folds:
                train = [_subset(s, set(s.candidates) - fold[s.name]) for s in sets]
                weights = fit(train, width=width, top=args.top, pairwise_weight=args.pairwise_weight, l2=args.l2)
                for s in sets:
                    for qid in fold[s.name]:
                        ranked[s.name][qid] = similarities(s.candidates[qid], weights, width)
        for s in sets:
            out[(s.name, width)] = figures(s, ranked[s.name])
        ranked_by_width[width] = ranked
    return out, ranked_by_width


def best_candidates(query_set: QuerySet, ranked: dict, *, true_only: bool) -> list[tuple[float, np.ndarray]]:
    """(similarity, features) of each query's first candidate; with true_only, only where it is relevant."""
    out = []
    for qid, order in ranked.items():
        if not order or (true_only and order[0][0] not in query_set.relevant[qid]):
            continue
        out.append((order[0][1], next(v for ref, v, _ in query_set.candidates[qid] if ref == order[0][0])))
    return out


def auc(positive, negative) -> float:
    """The chance that a positive scores above a negative (ties count half)."""
    p, n = np.asarray(positive, dtype=float), np.asarray(negative, dtype=float)
    return float((p[:, None] > n[None, :]).mean() + 0.5 * (p[:, None] == n[None, :]).mean()) if len(p) and len(n) else 0.5


def separation(sets, ranked: dict[str, dict], width: int) -> None:
    """True matches ranked first against the best candidate of unrelated news: similarity by tens, and
    each feature's AUC (0.5 tells nothing apart; under 0.5 the feature is higher for the news)."""
    by_name = {s.name: s for s in sets}
    for positive, negative in (("en", "news-en/en"), ("ar", "news-ar/ar"), ("en", "en-lro"), ("ar", "ar-lro")):
        good = best_candidates(by_name[positive], ranked[positive], true_only=True)
        bad = best_candidates(by_name[negative], ranked[negative], true_only=False)
        print(f"{positive} true first ({len(good)}) vs {negative} best ({len(bad)}), similarity by tens:")
        for label, found in (("  true first", good), ("  news best ", bad)):
            print(label, " ".join(f"{np.mean([lo <= p < lo + 10 for p, _ in found]):.2f}" for lo in range(0, 100, 10)))
        print("  feature AUC: " + " ".join(f"{name} {auc([v[k] for _, v in good], [v[k] for _, v in bad]):.2f}"
                                           for k, name in enumerate(NAMES[1:width + 1])))


def chosen_thresholds(ranked: dict[str, dict]) -> tuple[float, float]:
    """The lowest suggested and likely-same thresholds (whole percents) at which the best candidate of
    unrelated news, in each language, reaches them for at most SUGGESTED_ALARMS / LIKELY_ALARMS of sentences."""
    def alarms(t: float, *, likely: bool) -> float:
        return max(sum(1 for order in ranked[name].values() if order and order[0][1] >= t
                       and not (likely and order[0][2])) / max(1, len(ranked[name])) for name in NEWS)
    suggested = next(t for t in range(1, 100) if alarms(t, likely=False) <= SUGGESTED_ALARMS)
    likely = next(t for t in range(suggested, 100) if alarms(t, likely=True) <= LIKELY_ALARMS)
    return float(suggested), float(likely)


def report(title: str, results: dict[tuple[str, int], Figures]) -> None:
    print(f"\n== {title}")
    for (name, width), f in results.items():
        kind = "semantic" if width > LEXICAL else "lexical"
        if f.map5 is not None:
            print(f"{name:<12} {kind:<8} MAP@5 {f.map5:.4f}  top-5 {f.top5:.3f}  first {f.first:.3f}  "
                  "first and offered at t: " + " ".join(f"{t}:{f.first_offered[t]:.2f}" for t in THRESHOLDS))
        print(f"{name:<12} {kind:<8} best match reaches t (false alarm for negatives): "
              + " ".join(f"{t}:{f.reach[t]:.3f}" for t in THRESHOLDS))
        if f.map5 is None:
            print(f"{name:<12} {kind:<8} ... as likely-same (claims under 8 words capped):      "
                  + " ".join(f"{t}:{f.reach_likely[t]:.3f}" for t in THRESHOLDS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=5, help="top candidates per query used for calibration")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--pairwise-weight", type=float, default=0.3, help="weight of the ranking pairs")
    parser.add_argument("--news", type=int, default=1500, help="PolNeAR sentences per split")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dev", action="store_true", help="also measure dev (once, after choosing)")
    parser.add_argument("--features", metavar="FILE.pickle",
                        help="keep the collected candidates here and reuse them (collecting takes minutes)")
    args = parser.parse_args()
    settings = MatchSettings()
    cached = Path(args.features) if args.features else None
    if cached and cached.exists():
        train, dev = pickle.loads(cached.read_bytes())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            train = gather("train", Path(tmp), args.news, settings)
            dev = gather("dev", Path(tmp), args.news // 3, settings)
        if cached:
            cached.write_bytes(pickle.dumps((train, dev)))
    if not args.dev:
        dev = None
    widths = (LEXICAL + len(SEMANTIC_FEATURES), LEXICAL)
    fitted = {w: fit(train, width=w, top=args.top, pairwise_weight=args.pairwise_weight, l2=args.l2) for w in widths}
    print("features:", ("intercept", *FEATURES, *SEMANTIC_FEATURES))
    print("SEMANTIC_WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in fitted[widths[0]]) + ")")
    print("WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in fitted[widths[1]]) + ")")
    if args.folds:
        rng = random.Random(args.seed)
        deal = {}
        for s in train:
            base = s.name.removesuffix("-lro")  # a query and its leave-relevant-out twin share a fold
            if base not in deal:
                order = sorted(s.candidates)
                rng.shuffle(order)
                deal[base] = {q: k % args.folds for k, q in enumerate(order)}
        folds = [{s.name: {q for q in s.candidates if deal[s.name.removesuffix("-lro")][q] == k} for s in train}
                 for k in range(args.folds)]
        results, ranked = evaluate(train, fitted, folds, args)
        report(f"train, {args.folds}-fold cross-validated (seed {args.seed})", results)
        print("\n== train CV: true matches ranked first vs unrelated news (semantic model)")
        separation(train, ranked[widths[0]], widths[0])
        suggested, likely = chosen_thresholds(ranked[widths[0]])
        print(f"\nthresholds from train CV (news alarms <= {SUGGESTED_ALARMS:.0%} / {LIKELY_ALARMS:.0%}): "
              f"suggested {suggested:.0f}, likely the same {likely:.0f}")
        for s in train:
            if not s.negative:
                print(f"  {s.name}: first and offered at {suggested:.0f}: "
                      f"{first_offered(s, ranked[widths[0]][s.name], suggested):.3f}")
    if dev is not None:
        results, ranked = evaluate(dev, fitted, None, args)
        report("dev (weights fitted on all of train)", results)
        if not args.folds:  # never chosen on dev: the defaults then
            suggested, likely = settings.suggested_threshold, settings.likely_same_threshold
        at_thresholds(f"dev at the thresholds chosen on train ({suggested:.0f} / {likely:.0f}), semantic model",
                      dev, ranked[widths[0]], suggested, likely)


def at_thresholds(title: str, sets: list[QuerySet], ranked: dict[str, dict], suggested: float, likely: float) -> None:
    """First and offered for queries with a match; for the others, how many reach suggested / likely the same."""
    print(f"\n== {title}")
    for s in sets:
        order = ranked[s.name]
        if s.negative:
            best = [o[0] for o in order.values() if o]
            print(f"  {s.name:<12} reach suggested {sum(b[1] >= suggested for b in best) / max(1, len(order)):.3f}  "
                  f"likely the same {sum(b[1] >= likely and not b[2] for b in best) / max(1, len(order)):.3f}")
        else:
            print(f"  {s.name:<12} first and offered {first_offered(s, order, suggested):.3f}")


if __name__ == "__main__":
    main()
