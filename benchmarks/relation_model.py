"""Train and measure the relation model (src/tidings/relation.py) on the development case sets.

    python benchmarks/relation_model.py              # leave-one-set-out accuracy of rules, model and both
    python benchmarks/relation_model.py --write      # train on every development set, write the model

Each case set was written by a different person, so holding one set out at a time measures how the model
does on a writer it has never seen. The rules' own types are not held out that way (they were tuned on
these sets), so only sets the rules were not tuned on tell whether adding the rules' type helps: the
``--unseen`` sets. heldout4 and dev46 onwards are never read here: they measure the shipped model on
writers it has never seen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidings.ask import answer_before_relation, parse_question
from tidings.evaluate import analyze_case
from tidings.model import ConflictType
from tidings.relation import LABELS, MODEL_FILE, RelationModel, features, fit, pick_type

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
# The development sets up to dev45; heldout4 and dev46 onwards are kept out of training.
TRAIN_SETS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    *(f"dev{n}" for n in range(16, 46)),
)
FIRST_KEPT_OUT = 46
FAMILIES = {
    "words": ("q.", "d."),
    "words+found": ("q.", "d.", "r.values", "r.superseded", "r.repeated"),
    "words+found+type": ("q.", "d.", "r."),
}
SHIPPED = "words+found"
L2 = 1.0
STEPS = 1500
# The rules' own type counts this much (log-odds) against the model's, by type: see relation.pick_type
BONUSES = {"no_conflict": 0.5, "misinformation": 99.0, "complementary": 1.0, "other": 3.0}


@dataclass(frozen=True, slots=True)
class Row:
    set: str
    id: str
    gold: ConflictType
    rules: ConflictType
    feats: Mapping[str, float]


def _kept_out(name: str) -> bool:
    return name.startswith("dev") and name[3:].isdigit() and int(name[3:]) >= FIRST_KEPT_OUT


def set_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def rows_of(name: str) -> list[Row]:
    path = CASES / f"{name}.jsonl"
    out: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        gold = case.pop("gold")["conflict_type"]
        ac = analyze_case(case)
        q = parse_question(ac.question, as_of=ac.as_of)
        result = answer_before_relation(ac.question, ac.analyzed, as_of=ac.as_of)
        feats = features(ac.question, q.kind, ac.as_of, ac.analyzed, result)
        out.append(Row(name, ac.id, gold, result.conflict_type, feats))
    return out


def train(
    rows: Sequence[Row], families: Sequence[str], sets: Sequence[str], bonuses: Mapping[str, float]
) -> RelationModel:
    trained_on: dict[str, Any] = {
        "sets": {s: set_hash(CASES / f"{s}.jsonl") for s in sets},
        "cases": len(rows),
        "l2": L2,
        "steps": STEPS,
        "script": "benchmarks/relation_model.py --write",
    }
    return fit(
        [(r.feats, r.gold) for r in rows],
        families,
        l2=L2,
        steps=STEPS,
        bonuses=bonuses,
        trained_on=trained_on,
    )


def loso(rows: Sequence[Row], sets: Sequence[str], unseen: Sequence[str]) -> None:
    print(f"{'setting':<28}" + "".join(f"{s:>10}" for s in sets) + f"{'mean':>8}{'unseen':>8}")

    def report(name: str, acc: Mapping[str, float]) -> None:
        mean = sum(acc.values()) / len(acc)
        un = [acc[s] for s in unseen]
        u = f"{sum(un) / len(un):8.3f}" if un else f"{'-':>8}"
        print(f"{name:<28}" + "".join(f"{acc[s]:10.3f}" for s in sets) + f"{mean:8.3f}" + u)

    report("rules", {s: _acc([(r.rules, r.gold) for r in rows if r.set == s]) for s in sets})
    for fam_name, fams in FAMILIES.items():
        for nc, mis, comp, other in (
            (0, 0, 0, 0),
            (0.5, 99, 2, 2),
            (0.5, 99, 1, 2.5),
            (0.5, 99, 1, 3),
            (0.5, 99, 2, 3),
            (0.5, 99, 3, 3),
        ):
            bonuses = {"no_conflict": nc, "misinformation": mis, "complementary": comp, "other": other}
            acc = {}
            for s in sets:
                m = train([r for r in rows if r.set != s], fams, [], bonuses)
                held = [r for r in rows if r.set == s]
                acc[s] = _acc([(pick_type(r.rules, m.probabilities(r.feats), m), r.gold) for r in held])
            report(f"{fam_name} {nc}/{mis}/{comp}/{other}", acc)


def _acc(pairs: Sequence[tuple[str, str]]) -> float:
    return sum(p == g for p, g in pairs) / len(pairs) if pairs else math.nan


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=list(TRAIN_SETS), help="case sets under tests/cases")
    ap.add_argument(
        "--unseen",
        nargs="*",
        default=[f"dev{n}" for n in range(5, 16)],
        help="sets scored unseen before any rule was tuned on them",
    )
    ap.add_argument("--write", action="store_true", help=f"train on all sets, write src/tidings/{MODEL_FILE}")
    args = ap.parse_args(argv)
    if any(s == "heldout4" or _kept_out(s) for s in args.sets):
        print(
            f"heldout4 and dev{FIRST_KEPT_OUT} onwards are kept out of training: never train on them",
            file=sys.stderr,
        )
        return 2
    rows = [r for s in args.sets for r in rows_of(s)]
    if args.write:
        model = train(rows, FAMILIES[SHIPPED], args.sets, BONUSES)
        out = ROOT / "src" / "tidings" / MODEL_FILE
        out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(model.weights)} features, {len(rows)} cases)")
        return 0
    loso(rows, args.sets, [s for s in args.unseen if s in args.sets])
    counts = {lab: sum(r.gold == lab for r in rows) for lab in LABELS}
    print("cases per type:", counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
