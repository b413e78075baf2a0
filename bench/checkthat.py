"""CheckThat! 2021 task 2A data for the matching benchmarks: claims into a database, queries, qrels, runs."""

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "checkthat2021-2a"
SCORER = ROOT.parent / "shared" / "tools" / "map_at_5.py"
CACHE = Path("/tmp/isnad-bench-cache")  # claim databases with their vectors, built once per model


def claims_file(lang: str) -> Path:
    return DATA / lang / "claims.tsv"


def queries(lang: str, split: str) -> list[tuple[str, str]]:
    with (DATA / lang / f"queries-{split}.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        next(reader)
        return [(row[0], row[1]) for row in reader if len(row) >= 2]


def qrels(lang: str, split: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in (DATA / lang / f"qrels-{split}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            found.setdefault(parts[0], set()).add(parts[2])
    return found


def qrels_path(lang: str, split: str) -> Path:
    return DATA / lang / f"qrels-{split}.txt"


def load_database(lang: str, path: Path, *, vectors: bool = True):
    """A fresh database at path holding the language's claims (imported with `claims import`'s use case)
    and, unless vectors is False, their sentence vectors (encoded once per model, then copied from
    CACHE: encoding 14k claims takes a minute or two here)."""
    import sqlite3

    from workbench.matching.encoder import current_encoder
    from workbench.storage.database import open_database
    from workbench.usecases.archive import import_claims_file

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    encoder = current_encoder() if vectors else None
    if encoder is None:
        db = open_database(path)
        import_claims_file(db, claims_file(lang))
        return db
    cached = CACHE / f"{lang}-{encoder.model}.sqlite"
    if not cached.exists():
        from workbench.matching.vectors import backfill

        CACHE.mkdir(parents=True, exist_ok=True)
        building = cached.with_suffix(".building")
        db = open_database(building)
        import_claims_file(db, claims_file(lang))
        backfill(db)
        db.close()
        building.rename(cached)
    with sqlite3.connect(cached) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return open_database(path)


def write_run(path: Path, ranked: dict[str, list[tuple[str, float]]], tag: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        for qid, hits in ranked.items():
            for rank, (ref, score) in enumerate(hits[:5], 1):
                out.write(f"{qid}\tQ0\t{ref}\t{rank}\t{score:.4f}\t{tag}\n")


def map_at_5(lang: str, split: str, run: Path) -> float:
    """MAP@5 as the official scorer prints it."""
    out = subprocess.run([sys.executable, str(SCORER), str(qrels_path(lang, split)), str(run)],
                         capture_output=True, text=True, check=True).stdout
    return float(out.split()[1])


def mean_ap5(ranked: dict[str, list[str]], relevant: dict[str, set[str]]) -> float:
    """MAP@5 computed in-process (same definition as the scorer), for fitting loops."""
    total = 0.0
    for qid, rel in relevant.items():
        hits, ap = 0, 0.0
        for i, ref in enumerate(ranked.get(qid, [])[:5]):
            if ref in rel:
                hits += 1
                ap += hits / (i + 1)
        total += ap / min(len(rel), 5)
    return total / len(relevant) if relevant else 0.0
