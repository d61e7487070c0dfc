"""Sentence embeddings (tidings.embed): loaded offline from the wheel, and useful for paraphrases.

Every sentence here is invented, written in the style of wire copy.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from tidings import embed
from tidings.embed import Embedder, EmbeddingUnavailable, available

needs_model = pytest.mark.skipif(not available(), reason="wordllama is not installed (pip install wordllama)")

# The similarity with a paraphrase must beat the similarity with an unrelated sentence by this much.
MARGIN = 0.05


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    return Embedder(tmp_path_factory.mktemp("wordllama-cache"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to reach the network (a socket connection, the hub, a plain HTTP get) is recorded
    and fails."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted in a test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    if available():
        import requests
        from tokenizers import Tokenizer

        monkeypatch.setattr(requests, "get", refuse)
        monkeypatch.setattr(Tokenizer, "from_pretrained", refuse)
    return attempts


@needs_model
def test_loads_offline_into_the_given_cache(tmp_path: Path, no_network: list[str]) -> None:
    vecs = Embedder(tmp_path).encode(["The council approved the budget on Tuesday."])
    assert vecs.shape == (1, 256)
    assert no_network == []
    assert (tmp_path / "tokenizers" / "l2_supercat_tokenizer_config.json").is_file()


@needs_model
def test_unwritable_default_cache_falls_back_to_a_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert Embedder().encode(["Voters go to the polls on Sunday."]).shape == (1, 256)
    assert no_network == []


def test_default_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert embed.default_cache_dir() == tmp_path / "tidings" / "wordllama-0.4.0.post1"


def test_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    with pytest.raises(EmbeddingUnavailable, match="not installed"):
        Embedder(tmp_path).encode(["Anything at all."])
    assert embed.default_embedder() is None


@needs_model
def test_model_loads_once_across_threads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Path | None] = []
    real = embed._load_model

    def counting(cache_dir: Path | None) -> Any:
        calls.append(cache_dir)
        return real(cache_dir)

    monkeypatch.setattr(embed, "_load_model", counting)
    shared = Embedder(tmp_path)
    start = threading.Barrier(4)
    shapes: list[tuple[int, ...]] = []

    def work() -> None:
        start.wait()
        shapes.append(shared.encode(["Rescuers pulled two hikers from the ravine."]).shape)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [tmp_path]
    assert shapes == [(1, 256)] * 4


@needs_model
def test_rows_are_unit_length_and_empty_text_is_zero(embedder: Embedder) -> None:
    import numpy as np

    vecs = embedder.encode(["The mayor resigned on Friday.", "", "Storms knocked out power to 40,000 homes."])
    norms = np.linalg.norm(vecs, axis=1)
    assert norms[0] == pytest.approx(1.0, abs=1e-5)
    assert norms[1] == 0.0
    assert norms[2] == pytest.approx(1.0, abs=1e-5)
    assert embedder.encode([]).shape == (0, 256)


@needs_model
def test_matches_wordllamas_own_sentence_vectors(embedder: Embedder, tmp_path: Path) -> None:
    """Our word-by-word tokenizing must give the vectors WordLlama itself gives."""
    import numpy as np

    texts = [
        "Inflation slowed to 6.4% in January, the Labor Department said.",
        "The Kansas City Chiefs beat the Philadelphia Eagles 38-35.",
        "Officials warned that the storm could bring up to 18 inches of snow.",
    ]
    ours = embedder.encode(texts)
    theirs = embed._load_model(tmp_path).embed(texts, norm=True)
    assert np.allclose((ours * theirs).sum(axis=1), 1.0, atol=1e-3)


PARAPHRASES = [
    pytest.param(
        "Lawmakers voted to ban the sale of flavored vaping products.",
        "The legislature approved a prohibition on selling flavored e-cigarettes.",
        "The museum reopened its dinosaur hall after a two-year renovation.",
        id="ban-prohibition",
    ),
    pytest.param(
        "The company will cut 10,000 jobs this year.",
        "The firm plans to lay off 10,000 workers in 2023.",
        "Heavy snow closed mountain passes across the region.",
        id="cut-jobs-lay-off",
    ),
    pytest.param(
        "The rocket exploded minutes after liftoff.",
        "The launch vehicle blew up shortly after it left the pad.",
        "Shares of the retailer fell after weak holiday sales.",
        id="exploded-blew-up",
    ),
    pytest.param(
        "Officials said the wildfire forced thousands to evacuate.",
        "Thousands of residents fled their homes as the blaze spread, authorities said.",
        "The team signed a new goalkeeper on a three-year contract.",
        id="evacuate-fled",
    ),
    pytest.param(
        "The singer canceled the rest of her world tour.",
        "The pop star called off her remaining concerts.",
        "Farmers expect a record wheat harvest this summer.",
        id="canceled-called-off",
    ),
    pytest.param(
        "The striker collapsed on the field during the second half.",
        "The forward suffered a cardiac arrest during the game.",
        "The central bank raised interest rates by a quarter point.",
        marks=pytest.mark.xfail(
            strict=True, reason="static word vectors do not link 'collapsed' to 'cardiac arrest'"
        ),
        id="collapsed-cardiac-arrest",
    ),
]


@needs_model
@pytest.mark.parametrize(("anchor", "paraphrase", "unrelated"), PARAPHRASES)
def test_paraphrase_is_closer_than_unrelated(
    embedder: Embedder, anchor: str, paraphrase: str, unrelated: str
) -> None:
    assert embedder.similarity(anchor, paraphrase) > embedder.similarity(anchor, unrelated) + MARGIN
