"""Per-case snapshots of the answers on every case set, to see what a change wins and loses.

    .venv/bin/python benchmarks/case_snapshot.py snap TAG [--src DIR] [--extra FILE ...] [--sets A,B]
    .venv/bin/python benchmarks/case_snapshot.py diff TAG_A TAG_B [--gold]
    .venv/bin/python benchmarks/case_snapshot.py fails TAG SET [--metric answer|type|as_of|any] [--gold]
    .venv/bin/python benchmarks/case_snapshot.py show SET ID_PART [--extra FILE ...] [--gold]
    .venv/bin/python benchmarks/case_snapshot.py summary TAG
    .venv/bin/python benchmarks/case_snapshot.py floors TAG [--write]

``snap`` answers every case of tests/cases/*.jsonl (and of each ``--extra`` file, named by its stem without
a ``cases-`` prefix) end to end and with gold document dates, scores each case with ../shared/eval/score.py
and writes out/snapshots/TAG/. ``--src`` scores another checkout's package (``git archive C src | tar -x -C
/tmp/c`` then ``--src /tmp/c/src``): the gate's before-and-after comparison. ``diff`` lists the cases whose
verdicts changed and counts wins and losses; ``fails`` lists a set's failures with the gold and predicted
values; ``show`` prints one case with its documents, their predicted dates and the answer's explanation;
``summary`` prints each set's scores and the totals, with the dating of undated documents; ``floors``
compares the scores with tests/eval_baseline_answers.json, names any below its floor, and with ``--write``
raises each floor to 0.03 below its score.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import sys
import time
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES_DIR = ROOT / "tests" / "cases"
BASELINE = ROOT / "tests" / "eval_baseline_answers.json"
SNAPSHOTS = ROOT / "out" / "snapshots"
SETTINGS = ("e2e", "gd")
METRICS = {"answer": "answer_accuracy", "type": "conflict_type_accuracy", "as_of": "as_of_within_31d"}
DOC_METRICS = ("doc_date_year", "doc_date_within_7d", "doc_date_within_31d")
FLOOR_MARGIN = 0.03


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"{SHARED / 'eval' / 'score.py'}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _set_name(path: Path) -> str:
    return path.stem.removeprefix("cases-")


def _set_files(extra: list[str], only: str | None) -> dict[str, Path]:
    files = {_set_name(p): p for p in sorted(CASES_DIR.glob("*.jsonl"))}
    for name in extra:
        path = Path(name)
        if not path.exists():
            sys.exit(f"{path}: no such case file")
        files[_set_name(path)] = path
    if only:
        wanted = only.split(",")
        missing = [w for w in wanted if w not in files]
        if missing:
            sys.exit(f"--sets: no case set named {', '.join(missing)}")
        files = {w: files[w] for w in wanted}
    return files


# Worker state: the predictors are imported once per process, after --src has been put first on the path.
_PREDICT: dict[str, Any] = {}


def _init(src: str | None) -> None:
    if src:
        sys.path.insert(0, src)
    sys.path.insert(0, str(ROOT / "tests"))
    import test_dev_cases_gate as gate  # the gate's own predictors, so the snapshot scores what it gates
    from tidings.evaluate import answer_case

    _PREDICT["e2e"] = answer_case
    _PREDICT["gd"] = gate.predict_gold_dates


def _predict(task: tuple[str, str, dict[str, Any]]) -> tuple[str, str, dict[str, Any]]:
    name, setting, case = task
    try:
        pred: dict[str, Any] = _PREDICT[setting](case)
    except Exception as exc:  # a crash on one case is reported, not fatal to the snapshot
        pred = {"id": case["id"], "error": f"{type(exc).__name__}: {exc}"}
    return name, setting, pred


def _verdict(scorer: ModuleType, case: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool | None]:
    scores = scorer.score([case], [pred])
    return {
        short: None if scores.get(long) is None else scores[long] == 1.0 for short, long in METRICS.items()
    }


def snap(tag: str, src: str | None, extra: list[str], only: str | None, jobs: int) -> None:
    started = time.perf_counter()
    files = _set_files(extra, only)
    cases = {name: _read(path) for name, path in files.items()}
    tasks = [(name, setting, case) for name in cases for setting in SETTINGS for case in cases[name]]
    _init(src)
    import tidings

    print(f"scoring {len(tasks)} predictions of {len(cases)} sets with {Path(tidings.__file__).parent}")
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        results = pool.map(_predict, tasks, chunksize=8)
    scorer = _scorer()
    preds: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for name, setting, pred in results:
        preds.setdefault((name, setting), {})[pred["id"]] = pred
        if "error" in pred:
            print(f"ERROR {name} {setting} {pred['id']}: {pred['error']}")
    out = SNAPSHOTS / tag
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, dict[str, Any]] = {}
    for name, set_cases in cases.items():
        summary[name] = {"file": str(files[name])}
        for setting in SETTINGS:
            by_id = preds[(name, setting)]
            ordered = [by_id[c["id"]] for c in set_cases]
            with (out / f"{name}.{setting}.jsonl").open("w", encoding="utf-8") as fh:
                for case, pred in zip(set_cases, ordered, strict=True):
                    row = {**pred, "verdict": _verdict(scorer, case, pred)}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            summary[name][setting] = scorer.score(set_cases, ordered)
    (out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} in {time.perf_counter() - started:.0f} s")
    _print_summary(summary)


def _load(tag: str, name: str, setting: str) -> dict[str, dict[str, Any]]:
    path = SNAPSHOTS / tag / f"{name}.{setting}.jsonl"
    return {row["id"]: row for row in _read(path)} if path.exists() else {}


def _summary(tag: str) -> dict[str, dict[str, Any]]:
    path = SNAPSHOTS / tag / "summary.json"
    if not path.exists():
        sys.exit(f"{path}: no such snapshot")
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _print_summary(summary: dict[str, dict[str, Any]]) -> None:
    totals = {setting: {m: [0, 0] for m in [*METRICS.values(), *DOC_METRICS]} for setting in SETTINGS}
    print(f"{'set':<10} {'e2e ans/type/as_of':>22}   {'gold dates':>18}")
    for name, entry in summary.items():
        cells = []
        for setting in SETTINGS:
            scores = entry[setting]
            cells.append(" ".join(f"{scores.get(m) or 0:.3f}" for m in METRICS.values()))
            for m in totals[setting]:
                n = scores.get(f"{m}_n") or 0
                totals[setting][m][0] += round((scores.get(m) or 0) * n)
                totals[setting][m][1] += n
        print(f"{name:<10} {cells[0]:>22}   {cells[1]:>18}")
    for setting in SETTINGS:
        parts = [f"{m} {right}/{n}" for m, (right, n) in totals[setting].items() if n]
        print(f"total {setting}: " + ", ".join(parts))


def _shown(row: dict[str, Any]) -> str:
    return str(row["error"]) if "error" in row else str(row.get("values", [])[:3])


def diff(tag_a: str, tag_b: str, setting: str) -> None:
    counts = {m: [0, 0] for m in METRICS}
    for name in _summary(tag_b):
        before, after = _load(tag_a, name, setting), _load(tag_b, name, setting)
        for cid, row in after.items():
            old = before.get(cid)
            if old is None:
                continue
            for m in METRICS:
                was, now = old["verdict"][m], row["verdict"][m]
                if was is None or now is None or was == now:
                    continue
                counts[m][0 if now else 1] += 1
                sign = "+" if now else "-"
                print(f"{sign}{m:<6} {name:<9} {cid}")
                if m == "answer":
                    print(f"         was {_shown(old)}")
                    print(f"         now {_shown(row)}")
                elif m == "type":
                    print(f"         {old.get('conflict_type')} -> {row.get('conflict_type')}")
    print(", ".join(f"{m} +{won}/-{lost}" for m, (won, lost) in counts.items()))


def fails(tag: str, name: str, metric: str, setting: str) -> None:
    summary = _summary(tag)
    if name not in summary:
        sys.exit(f"{name}: not in snapshot {tag}")
    gold = {c["id"]: c["gold"] for c in _read(Path(summary[name]["file"]))}
    for cid, row in _load(tag, name, setting).items():
        verdict = row["verdict"]
        failed = [m for m in METRICS if verdict[m] is False and metric in (m, "any")]
        if not failed:
            continue
        g = gold[cid]
        print(f"{cid}  failed: {', '.join(failed)}")
        if "error" in row:
            print(f"  ERROR {row['error']}")
            continue
        print(f"  gold {g.get('conflict_type')} {g.get('answer_values')} as_of {g.get('as_of')}")
        print(f"  pred {row.get('conflict_type')} {row.get('values', [])[:4]} as_of {row.get('as_of')}")


def show(name: str, id_part: str, extra: list[str], gold_dates: bool) -> None:
    files = _set_files(extra, None)
    if name not in files:
        sys.exit(f"{name}: no such case set")
    found = [c for c in _read(files[name]) if id_part in c["id"]]
    if len(found) != 1:
        sys.exit(f"{id_part}: {len(found)} cases of {name} match; give a longer part of the id")
    case = found[0]
    _init(None)
    from tidings.ask import answer

    if gold_dates:
        import test_dev_cases_gate as gate

        analyzed = gate.analyzed_with_gold_dates(case)
        asked = case.get("question_date")
        as_of = date.fromisoformat(asked) if asked else None
        result = answer(case["question"], analyzed, as_of=as_of, choices=case.get("choices") or None)
    else:
        from tidings.evaluate import analyze_case

        ac = analyze_case({k: v for k, v in case.items() if k != "gold"})
        analyzed = ac.analyzed
        result = answer(ac.question, analyzed, as_of=ac.as_of, choices=ac.choices)
    g = case["gold"]
    print(f"{case['id']}\nQ: {case['question']}  (question_date {case.get('question_date')})")
    print(f"gold: {g.get('conflict_type')} {g.get('answer_values')} as_of {g.get('as_of')}")
    print(f"      outdated {g.get('outdated_values')}\n")
    for a in analyzed:
        gd = (g.get("doc_dates") or {}).get(a.doc.external_id or "")
        print(f"--- {a.doc.external_id} given {a.doc.given_date} gold {gd}", end=" ")
        print(f"predicted {a.date.value} ({a.date.rule})")
        print(a.doc.text)
    print(f"\nanswer: {result.text}\nvalues: {list(result.values)}")
    print(f"type: {result.conflict_type} as_of {result.as_of}")
    print("explanation:\n  " + "\n  ".join(result.explanation))


def floors(tag: str, write: bool) -> None:
    summary = _summary(tag)
    baseline: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    gated = {
        "dev": baseline,
        **{k: v for k, v in baseline.items() if isinstance(v, dict) and "end_to_end" in v},
    }
    raised = 0
    for name, entry in gated.items():
        if name not in summary:
            print(f"{name}: not in snapshot {tag}")
            continue
        for setting, key in (("e2e", "end_to_end"), ("gd", "gold_dates")):
            for metric, floor in entry[key].items():
                got = summary[name][setting].get(metric)
                if got is None:
                    continue
                if got < floor:
                    print(f"BELOW {name} {key} {metric}: {got} < floor {floor}")
                target = round(got - FLOOR_MARGIN, 3)
                if target > floor:
                    raised += 1
                    print(f"raise {name} {key} {metric}: {floor} -> {target}")
                    entry[key][metric] = target
    if write and raised:
        BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"{raised} floors {'raised' if write else 'could be raised'}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snap")
    p.add_argument("tag")
    p.add_argument("--src", help="a package directory to score instead of this checkout's src")
    p.add_argument("--extra", action="append", default=[], help="a case file outside tests/cases")
    p.add_argument("--sets", help="comma-separated set names (default: all)")
    p.add_argument("--jobs", type=int, default=2)
    p = sub.add_parser("diff")
    p.add_argument("tag_a")
    p.add_argument("tag_b")
    p.add_argument("--gold", action="store_true", help="compare the gold-dates setting")
    p = sub.add_parser("fails")
    p.add_argument("tag")
    p.add_argument("set")
    p.add_argument("--metric", choices=[*METRICS, "any"], default="any")
    p.add_argument("--gold", action="store_true")
    p = sub.add_parser("show")
    p.add_argument("set")
    p.add_argument("id_part")
    p.add_argument("--extra", action="append", default=[])
    p.add_argument("--gold", action="store_true")
    p = sub.add_parser("summary")
    p.add_argument("tag")
    p = sub.add_parser("floors")
    p.add_argument("tag")
    p.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if args.command == "snap":
        snap(args.tag, args.src, args.extra, args.sets, args.jobs)
    elif args.command == "diff":
        diff(args.tag_a, args.tag_b, "gd" if args.gold else "e2e")
    elif args.command == "fails":
        fails(args.tag, args.set, args.metric, "gd" if args.gold else "e2e")
    elif args.command == "show":
        show(args.set, args.id_part, args.extra, args.gold)
    elif args.command == "summary":
        _print_summary(_summary(args.tag))
    else:
        floors(args.tag, args.write)


if __name__ == "__main__":
    main()
