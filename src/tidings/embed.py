"""Sentence embeddings from a model that ships inside a PyPI wheel, loaded offline.

The model is WordLlama (``wordllama==0.4.0.post1``, MIT): static token embeddings averaged over a sentence,
256 dimensions, about 19 MB, fast enough to embed every sentence a question's documents offer. It is an
optional dependency: :func:`available` says whether it can be used, and callers fall back to lexical
scoring when it cannot.

The wheel keeps its tokenizer under ``wordllama/tokenizers/`` but looks for it under ``wordllama/tokenizer/``
and then in ``<cache>/tokenizers/``, and when both miss it asks the Hugging Face hub. So the tokenizer file
is copied into a cache directory we control and the model is loaded with ``disable_download=True``: no
network call is ever made, and a missing file is an error, not a download.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

MODEL_PACKAGE = "wordllama"
MODEL_VERSION = "0.4.0.post1"
_CONFIG = "l2_supercat"
_DIM = 256


def available() -> bool:
    """Whether the embedding model can be used: wordllama (and numpy, which it needs) are installed.

    Only looks for the packages; nothing is imported or loaded.
    """
    return all(importlib.util.find_spec(name) is not None for name in (MODEL_PACKAGE, "numpy", "tokenizers"))


def default_cache_dir() -> Path:
    """Where the tokenizer copy lives unless a directory is passed in: under the user's cache."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tidings" / f"{MODEL_PACKAGE}-{MODEL_VERSION}"


class Encoder(Protocol):
    """Anything that turns texts into unit-length rows; :class:`Embedder` is the real one."""

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


class EmbeddingUnavailable(RuntimeError):
    """The embedding model is not installed, or its files are not where the wheel put them."""


class Embedder:
    """Unit-length sentence vectors: ``encode(texts) @ encode(others).T`` is cosine similarity.

    The model loads on first use, once, even when several threads ask at the same time. ``cache_dir``
    receives a copy of the tokenizer file (a few MB); by default a directory under the user's cache, or a
    temporary one when that cannot be written.

    A sentence vector is WordLlama's: the mean of its tokens' vectors, here made unit length. The
    tokenizer (Llama 2's byte-pair encoding, whose pieces never span a space) is run once per distinct
    word and remembered, which makes encoding about twice as fast as tokenizing whole padded batches.
    """

    def __init__(self, cache_dir: Path | str | None = None) -> None:
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._lock = threading.Lock()
        self._state: _State | None = None

    @property
    def dim(self) -> int:
        return _DIM

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One unit-length row per text (a zero row for a text without any token)."""
        state = self._load()  # first: without the model, say so rather than fail on numpy
        import numpy as np

        split = [t.split() for t in texts]
        ids = state.learn({w for ws in split for w in ws})
        # Token ids of every text, end to end, and where each text starts.
        flat: list[int] = []
        starts: list[int] = []
        for ws in split:
            starts.append(len(flat))
            for w in ws:
                flat.extend(ids[w])
        out = np.zeros((len(texts), _DIM), dtype=np.float32)
        if not flat:
            return out
        bounds = np.array([*starts, len(flat)], dtype=np.int64)
        filled = bounds[1:] > bounds[:-1]
        sums = np.add.reduceat(state.table[np.array(flat, dtype=np.int64)], bounds[:-1][filled], axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[filled] = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
        return out

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts, -1..1."""
        va, vb = self.encode([a, b])
        return float(va @ vb)

    def _load(self) -> _State:
        state = self._state
        if state is not None:
            return state
        with self._lock:
            if self._state is None:
                self._state = _State(_load_model(self._cache_dir))
            return self._state


class _State:
    """The loaded model's token table and tokenizer, and the token ids of every word seen so far."""

    # Distinct words remembered before the memory starts afresh: news vocabulary is large but repetitive.
    LIMIT = 200_000

    def __init__(self, model: Any) -> None:
        from tokenizers import Tokenizer

        self.table: NDArray[np.float32] = model.embedding
        # The model's tokenizer pads every batch to its longest text; ours works word by word, unpadded.
        tokenizer = Tokenizer.from_str(model.tokenizer.to_str())
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self.tokenizer = tokenizer
        self.ids: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    def learn(self, words: set[str]) -> dict[str, tuple[int, ...]]:
        """Token ids of ``words`` (and others): a mapping that holds every one of them.

        When the memory is full it is replaced, not cleared, so a mapping another thread still reads
        keeps its words.
        """
        with self._lock:
            ids = self.ids
            missing = [w for w in words if w not in ids]
            if not missing:
                return ids
            if len(ids) + len(missing) > self.LIMIT:
                ids = {}
                missing = list(words)
            top = self.table.shape[0] - 1
            for w, e in zip(
                missing, self.tokenizer.encode_batch_fast(missing, add_special_tokens=False), strict=True
            ):
                ids[w] = tuple(min(i, top) for i in e.ids)
            self.ids = ids
            return ids


def _load_model(cache_dir: Path | None) -> Any:
    if not available():
        raise EmbeddingUnavailable(f"{MODEL_PACKAGE}=={MODEL_VERSION} is not installed")
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise EmbeddingUnavailable(f"{MODEL_PACKAGE} is not installed")
    package_dir = Path(spec.origin).parent
    tokenizer_name = f"{_CONFIG}_tokenizer_config.json"
    shipped_tokenizer = package_dir / "tokenizers" / tokenizer_name
    shipped_weights = package_dir / "weights" / f"{_CONFIG}_{_DIM}.safetensors"
    for path in (shipped_tokenizer, shipped_weights):
        if not path.is_file():
            raise EmbeddingUnavailable(f"{path} is missing from the installed {MODEL_PACKAGE} wheel")
    cache = _tokenizer_cache(cache_dir, shipped_tokenizer)
    wordllama = _import_quietly(MODEL_PACKAGE)
    # The weights are found inside the package; the tokenizer in our cache. disable_download makes any
    # miss an error instead of a request to the hub.
    return wordllama.WordLlama.load(config=_CONFIG, dim=_DIM, cache_dir=cache, disable_download=True)


def _tokenizer_cache(cache_dir: Path | None, shipped: Path) -> Path:
    """A cache directory holding ``tokenizers/<shipped.name>``, a copy of the shipped tokenizer file.

    A directory passed in must work; the default one under the user's cache may be read-only, and then
    a fresh temporary directory serves.
    """
    if cache_dir is not None:
        _copy_if_needed(shipped, cache_dir / "tokenizers" / shipped.name)
        return cache_dir
    root = default_cache_dir()
    try:
        _copy_if_needed(shipped, root / "tokenizers" / shipped.name)
    except OSError:
        root = Path(tempfile.mkdtemp(prefix="tidings-wordllama-"))
        _copy_if_needed(shipped, root / "tokenizers" / shipped.name)
    return root


def _copy_if_needed(src: Path, dest: Path) -> None:
    if dest.is_file() and dest.stat().st_size == src.stat().st_size:
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Copy under a private name and rename: another process loading at the same time never sees half a file.
    fd, tmp = tempfile.mkstemp(prefix=".tokenizer-", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _import_quietly(name: str) -> Any:
    """Import ``name`` without letting it reconfigure logging: wordllama calls ``logging.basicConfig``
    on import, which would make every INFO message of the host application print."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        return importlib.import_module(name)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


_DEFAULT: Embedder | None = None
_DEFAULT_LOCK = threading.Lock()


def default_embedder() -> Embedder | None:
    """The process-wide embedder over the default cache, or None when the model is not installed."""
    global _DEFAULT
    if not available():
        return None
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Embedder()
        return _DEFAULT
