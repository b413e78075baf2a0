"""Turning features into a similarity a reviewer can read: a logistic model fitted on the TRAIN split only.

`similarity` is 100 × the model's probability that the stored claim makes the same assertion, fitted in the
open world by `python -m bench.fit_matching_weights` on train data only: CheckThat! 2021 2A train queries of
both languages and Arabic sentences repeating English claims (positives and the candidates ranked above or
near them), the same queries with their relevant claims removed, and sentences of news that repeats no
stored claim (PolNeAR, 100 Arabic news sentences). Dev was never used for fitting them.
"""

import math
from dataclasses import dataclass

# Intercept first, then one weight per workbench.matching.features.FEATURES entry.
WEIGHTS = (-8.881, -1.864, -3.727, -7.772, 3.852, 2.254, -2.900, 8.727, 2.238, 0.453, 6.357, 5.764, 6.285)
# The same, then one weight per SEMANTIC_FEATURES entry: for a candidate and query that both have vectors.
SEMANTIC_WEIGHTS = (-9.900, 0.926, -1.447, -2.534, 7.051, 1.494, -5.311, 8.658, 0.930, 0.975, 3.577, 5.831, 6.553,
                    3.931, -4.694, 9.604, -10.221, -16.363, 1.284, -1.213, 2.324, -5.183)


@dataclass(frozen=True)
class Calibration:
    """Two logistic models on one probability scale: lexical features only, or lexical plus semantic."""

    lexical: tuple[float, ...] = WEIGHTS
    semantic: tuple[float, ...] = SEMANTIC_WEIGHTS

    def weights_for(self, vector) -> tuple[float, ...]:
        return self.semantic if len(vector) == len(self.semantic) - 1 else self.lexical

    def logit(self, vector) -> float:
        return logit(list(vector), self.weights_for(vector))

    def similarity(self, vector) -> float:
        return similarity(list(vector), self.weights_for(vector))


MODEL = Calibration()


def logit(vector: list[float], weights=WEIGHTS) -> float:
    return weights[0] + sum(w * x for w, x in zip(weights[1:], vector, strict=True))


def similarity(vector: list[float], weights=WEIGHTS) -> float:
    """The calibrated similarity in percent (0..100)."""
    z = max(-30.0, min(30.0, logit(vector, weights)))
    return 100.0 / (1.0 + math.exp(-z))


def fit(rows, labels, *, weights=None, l2: float = 1.0, intercept: bool = True, iterations: int = 30) -> list[float]:
    """Weighted logistic regression by Newton's method with an L2 penalty (never on the intercept).

    Returns (intercept, weights...) with intercept=True; else rows already hold any constant column and
    the weights come back as they are.
    """
    import numpy as np

    x = np.asarray(rows, dtype=np.float64)
    if intercept:
        x = np.hstack([np.ones((len(x), 1)), x])
    y = np.asarray(labels, dtype=np.float64)
    sample = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=np.float64)
    penalty = np.full(x.shape[1], l2)
    if intercept:
        penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (sample * (p - y)) + penalty * w
        hess = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return [float(v) for v in w]
