"""Verifying every claim of a 15-claim article against 2,000 stored articles of its cited outlets; prints timings.

The stored articles hold 20,000 synthetic English claims (bench.synthetic_claims) with synthetic sentence
vectors, spread over the four outlets the article cites; ten of the article's claims (Arabic sentences of
bench/data/xling-ar-en.tsv) are planted, reworded, in an article of their first cited outlet with their real
vectors, so those hops are found. Each claim's chain cites two of the outlets.

usage: python -m bench.bench_verification [--articles 2000] [--claims-per-article 10] [--runs 5]
"""

import argparse
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from sqlalchemy import insert, select

from bench.synthetic_claims import claim_text
from workbench.matching.encoder import current_encoder
from workbench.matching.index import entry_for, index_for
from workbench.matching.vectors import quantize
from workbench.storage.database import open_database
from workbench.storage.models import Article, AttributionHop, Claim, ClaimVector, Outlet, Source
from workbench.usecases.verification import verify_article

CITED = ("The Sun", "The Washington Post", "Reuters", "BBC")
QUERIES = Path(__file__).parent / "data" / "xling-ar-en.tsv"


def _article(session, *, title: str, publisher_id: int | None, sentences: list[str], language: str) -> list[int]:
    text = "\n".join(sentences)
    article_id = session.execute(insert(Article).values(
        title=title, publisher_id=publisher_id, language=language, text=text, boilerplate=[],
        sha256=hashlib.sha256(text.encode()).hexdigest()).returning(Article.id)).scalar_one()
    rows, start = [], 0
    for sentence in sentences:
        rows.append({"article_id": article_id, "start": start, "end": start + len(sentence), "text": sentence,
                     "language": language, "evidence": []})
        start += len(sentence) + 1
    return list(session.execute(insert(Claim).returning(Claim.id), rows).scalars())


def populate(db, *, articles: int, per_article: int, encoder, seed: int = 11) -> int:
    """The stored outlets' articles and the article to verify; returns its id."""
    rng = random.Random(seed)
    queries = [line.split("\t")[3].strip() for line in QUERIES.read_text(encoding="utf-8").splitlines()[1:16]]
    with db.writing() as session:
        outlets = {name: session.scalar(select(Outlet.id).where(Outlet.name == name)) for name in CITED}
        sources = {name: session.scalar(select(Source.id).where(Source.outlet_id == outlets[name])) for name in CITED}
        assert None not in [*outlets.values(), *sources.values()], "a cited outlet is missing from the catalog"
        stored: list[int] = []
        for a in range(articles):
            stored += _article(session, title=f"story {a}", publisher_id=outlets[CITED[a % len(CITED)]],
                               sentences=[claim_text(rng, "en") for _ in range(per_article)], language="en")
        chains = [rng.sample(CITED, 2) for _ in queries]
        planted = []
        for q, (text, chain) in enumerate(zip(queries[:10], chains, strict=False)):
            reworded = text.replace("،", ",").rstrip(".") + " بحسب ما نشر."
            planted += _article(session, title=f"planted {q}", publisher_id=outlets[chain[0]], sentences=[reworded],
                                language="ar")
        target = _article(session, title="the article to verify", publisher_id=None, sentences=queries,
                          language="ar")
        session.execute(insert(AttributionHop), [
            {"claim_id": claim_id, "position": p, "source_id": sources[name], "confidence": 1.0, "confirmed": False}
            for claim_id, chain in zip(target, chains, strict=True) for p, name in enumerate(chain)])
        conn = session.connection()
        texts = dict(session.execute(select(Claim.id, Claim.text)).all())
        index_for(conn).rebuild(conn, [entry_for(i, t) for i, t in texts.items()])
        np_rng = np.random.default_rng(seed)
        rows = np_rng.standard_normal((len(stored), encoder.dimension)).astype(np.float32)
        real_ids = planted + target
        real = encoder.encode([texts[i] for i in real_ids])
        session.execute(insert(ClaimVector), [{"claim_id": i, "model": encoder.model, "vector": v.tobytes()} for i, v
                                              in zip(stored + real_ids, quantize(np.vstack([rows, real])), strict=True)])
        return session.scalar(select(Claim.article_id).where(Claim.id == target[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims-per-article", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    encoder = current_encoder()
    if encoder is None:
        raise SystemExit("the sentence encoder is not available; this benchmark needs it")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        article_id = populate(db, articles=args.articles, per_article=args.claims_per_article, encoder=encoder)
        print(f"stored {args.articles} articles of {len(CITED)} outlets ({args.articles * args.claims_per_article} "
              f"claims) in {time.perf_counter() - start:.1f} s")
        results = verify_article(db, article_id)  # warm-up: vector index load, term frequencies
        states = [h.state.value for r in results for h in r.hops]
        print(f"{len(results)} claims, {len(states)} hops: {states.count('found')} found, "
              f"{states.count('not_found')} not found, {states.count('no_source')} nothing to check")
        wall, cpu = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            verify_article(db, article_id)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(f"verify_article, {len(results)}-claim article: median {statistics.median(wall):.3f} s wall "
              f"(slowest {max(wall):.3f} s), median {statistics.median(cpu):.3f} s CPU, over {args.runs} runs "
              "(target ≤ 1 s)")
        db.close()


if __name__ == "__main__":
    main()
