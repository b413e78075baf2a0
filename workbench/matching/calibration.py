"""Turning features into a similarity a reviewer can read: a logistic model fitted on the TRAIN split only.

`similarity` is 100 × the model's probability that the candidate is the same claim. The weights were
fitted by `python -m bench.fit_matching_weights --pairwise` (pure-Python Newton's method: a ranking on
pairs of candidates, then Platt calibration) on CheckThat! 2021 2A train queries of both languages;
dev was never used for fitting them.
"""

import math

# Intercept first, then one weight per workbench.matching.features.FEATURES entry.
WEIGHTS = (-15.760, 7.070, -0.578, -15.165, 12.381, 3.287, 5.994, 11.591, 0.682, -1.035, 0.396, -2.622, 6.193)


def logit(vector: list[float], weights=WEIGHTS) -> float:
    return weights[0] + sum(w * x for w, x in zip(weights[1:], vector, strict=True))


def similarity(vector: list[float], weights=WEIGHTS) -> float:
    """The calibrated similarity in percent (0..100)."""
    z = max(-30.0, min(30.0, logit(vector, weights)))
    return 100.0 / (1.0 + math.exp(-z))


def fit(rows: list[list[float]], labels: list[int], *, l2: float = 1.0, iterations: int = 25) -> list[float]:
    """Logistic regression by Newton's method with a small L2 penalty; returns (intercept, weights...)."""
    k = len(rows[0]) + 1
    w = [0.0] * k
    xs = [[1.0, *r] for r in rows]
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, labels, strict=True):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))
            p = 1.0 / (1.0 + math.exp(-z))
            g, h = p - y, p * (1.0 - p)
            for i in range(k):
                grad[i] += g * x[i]
                hx = h * x[i]
                row = hess[i]
                for j in range(i, k):
                    row[j] += hx * x[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * w[i]
                hess[i][i] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a·x = b by Gaussian elimination with partial pivoting (a is small and well-conditioned)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                if f:
                    m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]
