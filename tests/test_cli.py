"""The command line: every verb on the example corpus, and bad input that must fail cleanly."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tidings.cli import main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
EXPECTED = json.loads((ROOT / "examples" / "expected.json").read_text())
QUESTION = EXPECTED["questions"][0]


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def doc_count(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute("select count(*) from documents").fetchone()[0])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "corpus.db"
    res = run("ingest", str(CORPUS), "--db", str(db))
    assert res.exit_code == 0, res.output
    return db


def test_ingest_summary_counts_every_document(store: Path) -> None:
    assert doc_count(store) == len(EXPECTED["doc_dates"])


def test_reingest_changes_nothing(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(store, copy)
    res = run("ingest", str(CORPUS), "--db", str(copy))
    assert res.exit_code == 0
    assert f"0 added, {len(EXPECTED['doc_dates'])} unchanged, 0 rejected" in res.output
    assert doc_count(copy) == doc_count(store)


def test_ask_gives_current_value_and_supersedes_older(store: Path) -> None:
    res = run("ask", QUESTION["question"], "--db", str(store), "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["values"] == QUESTION["answer_values"]
    assert data["conflict_type"] == QUESTION["conflict_type"]
    # The newest article is undated; its text bounds it only from below, so allow the scorer's 31 days.
    assert data["as_of"]
    got = date.fromisoformat(data["as_of"][:10] if len(data["as_of"]) >= 10 else data["as_of"] + "-15")
    assert abs((got - date.fromisoformat(QUESTION["as_of"])).days) <= 31
    words = {"six": "6", "fourteen": "14", "eleven": "11"}
    # a superseded value reads "about 14" or "six workers": its number is what is compared
    numbers = {
        t for s in data["superseded"] for t in s["value"].lower().split() if t in words or t[0].isdigit()
    }
    superseded = {words.get(n, n) for n in numbers}
    assert {"14", "6"} <= superseded
    assert "2" not in superseded
    assert data["citations"] and all(c["quote"] for c in data["citations"])


def test_ask_text_names_as_of_and_sources(store: Path) -> None:
    res = run("ask", QUESTION["question"], "--db", str(store))
    assert res.exit_code == 0
    assert "as of:" in res.output and "sources:" in res.output


def test_ask_explain_shows_reasoning(store: Path) -> None:
    res = run("ask", QUESTION["question"], "--db", str(store), "--explain")
    assert "explanation:" in res.output


def test_ask_over_paths_without_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = run("ask", QUESTION["question"], str(CORPUS), "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["values"] == QUESTION["answer_values"]
    assert not (tmp_path / "tidings.db").exists()


def test_dates_lists_every_document_with_evidence(store: Path) -> None:
    res = run("dates", "--db", str(store), "--json")
    rows = json.loads(res.output)
    assert len(rows) == len(EXPECTED["doc_dates"])
    assert all(r["rule"] and "evidence" in r for r in rows)


def test_dates_text_explains(store: Path) -> None:
    res = run("dates", "--db", str(store))
    assert res.exit_code == 0
    assert "rule" in res.output


def test_timeline_is_oldest_first_with_sources(store: Path) -> None:
    res = run("timeline", "Halvard mine trapped workers", "--db", str(store), "--json")
    entries = json.loads(res.output)
    assert entries
    starts = [e["earliest"] for e in entries if e["earliest"]]
    assert starts == sorted(starts)
    assert all(e["doc_id"] for e in entries)


def test_timex_reads_stdin() -> None:
    res = run("timex", "--dct", "2021-01-15", input="The cut was announced on November 17, 2020.")
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert {"text": "November 17, 2020", "value": "2020-11-17"}.items() <= rows[0].items()


def test_eval_writes_predictions(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"id": "t1", "dct": "2021-01-15", "text": "On Friday, officials met.", "timexes": []})
        + "\n"
    )
    out = tmp_path / "pred.jsonl"
    res = run("eval", str(cases), "-o", str(out))
    assert res.exit_code == 0, res.output
    pred = json.loads(out.read_text())
    assert pred["id"] == "t1" and pred["timexes"][0]["text"] == "Friday"


BAD_INPUTS = [
    ("binary.txt", b"\x00\x01\x02\x03PK\x03\x04" * 50, "binary"),
    ("empty.txt", b"", "empty"),
    ("latin.txt", "Caf\xe9 owners said on Monday".encode("latin-1"), "UTF-8"),
    ("broken.jsonl", b'{"text": "fine line"}\n{"text": \n', ":2"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS)
def test_bad_input_is_rejected_without_losing_stored_documents(
    store: Path, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    db = tmp_path / "kept.db"
    shutil.copy(store, db)
    before = doc_count(db)
    bad = tmp_path / name
    bad.write_bytes(content)
    res = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(db)])
    assert reason in res.output
    assert "Traceback" not in res.output
    assert doc_count(db) >= before


def test_only_bad_input_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    res = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(tmp_path / "s.db")])
    assert res.exit_code != 0


def test_missing_path_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    res = CliRunner().invoke(main, ["ingest", str(missing), "--db", str(tmp_path / "s.db")])
    assert res.exit_code != 0
    assert str(missing) in res.output


def test_question_over_empty_store_fails_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    CliRunner().invoke(main, ["ingest", str(bad), "--db", str(db)])
    res = CliRunner().invoke(main, ["ask", "How many?", "--db", str(db)])
    assert res.exit_code != 0
    assert "empty" in res.output and len(res.output.strip().splitlines()) == 1


def test_question_over_missing_store_fails_cleanly(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["ask", "How many?", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0
    assert "does not exist" in res.output
    assert not (tmp_path / "none.db").exists()


def test_bad_date_option_is_named() -> None:
    res = CliRunner().invoke(main, ["timex", "--dct", "2021-13-01"], input="today")
    assert res.exit_code != 0
    assert "--dct" in res.output


def test_installed_console_script_runs() -> None:
    exe = Path(sys.executable).with_name("tidings")
    res = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=True)
    for verb in ("ingest", "ask", "dates", "timeline", "timex", "eval"):
        assert verb in res.stdout
