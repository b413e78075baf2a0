"""Matching quality regression: CheckThat! 2021 2A dev split through the CLI, scored by the official scorer.

The bars are the figures measured when the matcher was last tuned (on train only), minus a small margin.
"""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

DATA = SHARED / "datasets" / "checkthat2021-2a"
SCORER = SHARED / "tools" / "map_at_5.py"
# Measured with the semantic signal (bench.bench_matching_quality): ar 0.871, en 0.925. Arabic is one query
# (of 85) under the lexical matcher's 0.882, though 5-fold CV on train rose 0.880 → 0.894; see README.
BARS = {"ar": 0.865, "en": 0.915}


@pytest.mark.skipif(not DATA.exists(), reason="shared CheckThat! data not present")
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dev_map_at_5(tmp_path, lang):
    db, run = tmp_path / "q.sqlite", tmp_path / "dev.run"

    def main(*args):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                              capture_output=True, text=True, cwd=ROOT, timeout=1200)  # import encodes every claim
        assert done.returncode == 0, done.stderr
        return done.stdout

    main("claims", "import", str(DATA / lang / "claims.tsv"))
    main("match", "--queries", str(DATA / lang / "queries-dev.tsv"), "--top", "5", "--run", str(run))
    scored = subprocess.run([sys.executable, str(SCORER), str(DATA / lang / "qrels-dev.txt"), str(run)],
                            capture_output=True, text=True, check=True).stdout
    assert float(scored.split()[1]) >= BARS[lang]
