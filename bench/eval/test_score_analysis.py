#!/usr/bin/env python3
"""Checks score_analysis.py on a hand-made gold file and hand-made inspect outputs (invented people).

run: python3 bench/eval/test_score_analysis.py"""
import io, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = [
    {"doc": "101-gala-roundup", "people": ["Mira Castellane", "Joss Okafor", "Renée Dubois"],
     "mentioned": ["Paul Verhoek"],
     "quotes": [{"start": "I wanted to feel like a", "speaker": "Mira Castellane"},
                {"start": "It took four of us", "speaker": "Joss Okafor"}],
     "looks": [{"person": "Mira Castellane", "designer": ["Maison Ortolan", "Ortolan"], "garment": "gown"},
               {"person": "Joss Okafor", "designer": ["Brume"], "garment": ["suit", "waistcoat"]},
               {"person": "Renée Dubois", "designer": [], "garment": None}]},
    {"doc": "102-premiere-notes", "people": ["Lio Tanaka"], "mentioned": [],
     "quotes": [], "looks": [{"person": "Lio Tanaka", "designer": ["Ferrand"], "garment": "jumpsuit"}]},
]

OUT_A = {"file": "101-gala-roundup.txt", "articles": [{
    "id": "101-gala-roundup", "title": "t", "date": None, "edition": None,
    "people": [{"name": "Mira Castellane", "role": "subject", "evidence": "s"},
               {"name": "J. Okafor", "role": "subject", "evidence": "s"},          # initial + surname: right
               {"name": "Paul Verhoek", "role": "subject", "evidence": "s"},       # mentioned: neutral
               {"name": "Sasha Grin", "role": "subject", "evidence": "s"},         # wrong
               {"name": "Renee Dubois", "role": "mentioned", "evidence": "s"}],    # not a subject: missed
    "quotes": [{"text": "I wanted to feel like a lighthouse in a storm", "speaker": "Mira Castellane"},
               {"text": "It took four of us to carry the train", "speaker": "Paul Verhoek"}],
    "looks": [{"person": "Mira Castellane", "edition": None, "fields": [
                  {"kind": "designer", "value": "Ortolan", "evidence": "e"},       # right
                  {"kind": "garment", "value": "strapless gown", "evidence": "e"},  # right (gold inside value)
                  {"kind": "colour", "value": "teal", "evidence": "e"}]},           # not scored
              {"person": "Joss Okafor", "edition": None, "fields": [
                  {"kind": "designer", "value": "Ortolan", "evidence": "e"}]},      # wrong: not his designer
              {"person": "Sasha Grin", "edition": None, "fields": [
                  {"kind": "garment", "value": "dress", "evidence": "e"}]}],        # wrong: no gold look
    "sentences": []}]}
# a jsonl file holding two articles, one of them not in the gold file
OUT_B = {"file": "102-105-records.jsonl", "articles": [
    {"id": "102-premiere-notes", "people": [{"name": "LIO TANAKA", "role": "subject"}], "quotes": [],
     "looks": [{"person": "Lio Tanaka", "fields": [{"kind": "designer", "value": "Ferrand Paris"},
                                                   {"kind": "garment", "value": "jumpsuit"}]}]},
    {"id": "103-not-in-gold", "people": [{"name": "Nobody Here", "role": "subject"}], "quotes": [], "looks": []}]}


def run(*extra):
    with tempfile.TemporaryDirectory() as d:
        gold = os.path.join(d, "gold.jsonl")
        with open(gold, "w") as f:
            f.write("\n".join(json.dumps(g) for g in GOLD) + "\n")
        outs = os.path.join(d, "out")
        os.mkdir(outs)
        json.dump(OUT_A, open(os.path.join(outs, "a.json"), "w"))
        json.dump(OUT_B, open(os.path.join(outs, "b.json"), "w"))
        open(os.path.join(outs, "broken.json"), "w").write("{not json")
        p = subprocess.run([sys.executable, os.path.join(HERE, "score_analysis.py"), gold, outs, *extra],
                           capture_output=True, text=True)
        return p


def main():
    p = run("-v")
    out = p.stdout
    print(out)
    assert p.returncode == 0, p.stderr
    # people: predicted subjects 4+1=5; right 2+1=3; mentioned-only 1 (left out); wrong 1 -> precision 3/4;
    # gold 3+1=4, found 3 -> recall 3/4
    expect = [
        "documents=2 with_output=2",
        "people precision=0.750 recall=0.750",
        "speakers accuracy=0.500 found=1.000 accuracy_when_found=0.500 (gold quotes=2)",
        "look fields precision=0.667 recall=0.667 (predicted=6, gold=6)",
        "designer: precision=0.667 recall=0.667",
        "garment: precision=0.667 recall=0.667",
        "wrong subject 'Sasha Grin'",
        "missed 'Renée Dubois'",
        "given to ['Paul Verhoek'], not 'Joss Okafor'",
        "wrong designer 'Ortolan' for 'Joss Okafor' (no gold match)",
        "wrong garment 'dress' for 'Sasha Grin' (no gold look for this person)",
        "missed garment ['suit', 'waistcoat'] for 'Joss Okafor'",
    ]
    for e in expect:
        assert e in out, f"expected {e!r} in output"
    assert "not readable as JSON" in p.stderr
    assert "Nobody Here" not in out
    bad = subprocess.run([sys.executable, os.path.join(HERE, "score_analysis.py"), "/nonexistent.jsonl", "/tmp"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "cannot read gold file" in bad.stderr and "Traceback" not in bad.stderr
    print("ok")


if __name__ == "__main__":
    main()
