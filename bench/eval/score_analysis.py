#!/usr/bin/env python3
"""Scores article analysis (people, quote speakers, look fields) against a hand-made gold file.

usage: score_analysis.py GOLD.jsonl OUTPUT_DIR [-v]

GOLD.jsonl: one line per document:
  {"doc": id, "people": [names the article is about], "mentioned": [other real people named],
   "quotes": [{"start": first words of the quotation, "speaker": name}],
   "looks": [{"person": name, "designer": [alternatives], "garment": word | [alternatives] | null}]}
OUTPUT_DIR: *.json files, each the output of `redcarpet-bot inspect --json FILE`:
  {"file": ..., "articles": [{"id", "people": [{"name", "role"}], "quotes": [{"text", "speaker"}],
                              "looks": [{"person", "fields": [{"kind", "value"}]}]}]}
Only the gold documents are scored; other articles in the outputs are ignored.

Figures:
  people    precision = predicted subjects matching a gold `people` name / predicted subjects, leaving out
            predictions that match a `mentioned` name (neither right nor wrong); recall = gold people found
            among predicted subjects / gold people.
  speakers  found = gold quotes with a predicted quote whose text contains the gold `start` (folded);
            accuracy = gold quotes found AND attributed to the gold speaker / gold quotes.
  looks     precision over predicted fields of kind designer/garment: right when the look's person matches a
            person of a gold look and the value matches (folded substring either way) one of that person's
            gold designers (resp. garments); recall over gold items (each look's designer alternatives count
            as one item, its garment as one item, null/empty items are skipped).
Names match by folded equality (case, accents, punctuation) or same surname + same first initial.
"""
import json, os, re, sys, unicodedata
from collections import defaultdict

QUOTE_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                             "\u2014": "-", "\u00a0": " "})


def fold(s):
    s = unicodedata.normalize("NFKD", (s or "").translate(QUOTE_CHARS))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def fold_name(s):
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(s).replace("'", "")).split())


def fold_text(s):
    return " ".join(fold(s).split())


def same_person(a, b):
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    return len(ta) > 1 and len(tb) > 1 and ta[-1] == tb[-1] and ta[0][0] == tb[0][0]


def value_match(pred, gold):
    p, g = fold_name(pred), fold_name(gold)
    if len(p) < 3 or len(g) < 3:
        return p == g and p != ""
    return p in g or g in p


def alternatives(x):
    if x is None:
        return []
    return [x] if isinstance(x, str) else [v for v in x if v]


def stem(s):
    s = str(s).replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r"\.(txt|json|jsonl|md|html?)$", "", s)


def load_outputs(folder):
    """Returns {doc id: article} over every *.json output in folder."""
    found = {}
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".json"):
            continue
        path = os.path.join(folder, fn)
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"warning: {fn}: not readable as JSON ({e}); skipped", file=sys.stderr)
            continue
        articles = data.get("articles", []) if isinstance(data, dict) else []
        for a in articles:
            key = stem(a.get("id") or "")
            if key:
                found.setdefault(key, a)
        if len(articles) == 1 and isinstance(data, dict) and data.get("file"):
            found.setdefault(stem(data["file"]), articles[0])
    return found


class Tally:
    def __init__(self):
        self.c = defaultdict(int)

    def add(self, key, n=1):
        self.c[key] += n

    def ratio(self, num, den):
        d = self.c[den]
        return f"{self.c[num] / d:.3f}" if d else "n/a"


def score_doc(g, a, t, errors):
    people, mentioned = g.get("people", []), g.get("mentioned", [])
    # people
    subjects = []
    for p in (a or {}).get("people", []):
        if p.get("role") == "subject" and p.get("name") and not any(same_person(p["name"], s) for s in subjects):
            subjects.append(p["name"])
    for s in subjects:
        if any(same_person(s, n) for n in people):
            t.add("people_tp")
        elif any(same_person(s, n) for n in mentioned):
            t.add("people_neutral")
            t.c["people_judged"] -= 1
        else:
            t.add("people_fp")
            errors.append(f"  people: wrong subject {s!r}")
    t.add("people_pred", len(subjects))
    t.add("people_judged", len(subjects))
    t.add("people_gold", len(people))
    for n in people:
        if any(same_person(s, n) for s in subjects):
            t.add("people_found")
        else:
            errors.append(f"  people: missed {n!r}")
    # quotes
    pred_quotes = (a or {}).get("quotes", [])
    for q in g.get("quotes", []):
        t.add("quotes_gold")
        start = fold_text(q["start"])
        hits = [p for p in pred_quotes if start in fold_text(p.get("text", ""))]
        if not hits:
            errors.append(f"  quote: not found {q['start']!r} ({q['speaker']})")
            continue
        t.add("quotes_found")
        if any(p.get("speaker") and same_person(p["speaker"], q["speaker"]) for p in hits):
            t.add("quotes_right")
        else:
            errors.append(f"  quote: {q['start']!r} given to {[p.get('speaker') for p in hits]}, not {q['speaker']!r}")
    # looks
    gold_looks = g.get("looks", [])
    pred_looks = (a or {}).get("looks", [])
    for look in pred_looks:
        person = look.get("person") or ""
        mine = [gl for gl in gold_looks if same_person(person, gl["person"])]
        for f in look.get("fields", []):
            kind, value = f.get("kind"), f.get("value") or ""
            if kind not in ("designer", "garment"):
                continue
            t.add(f"{kind}_pred")
            if kind == "designer":
                ok = any(value_match(value, d) for gl in mine for d in alternatives(gl.get("designer")))
            else:
                ok = any(value_match(value, d) for gl in mine for d in alternatives(gl.get("garment")))
            if ok:
                t.add(f"{kind}_right")
            else:
                why = "no gold look for this person" if not mine else "no gold match"
                errors.append(f"  look: wrong {kind} {value!r} for {person!r} ({why})")
    for gl in gold_looks:
        theirs = [pl for pl in pred_looks if same_person(pl.get("person") or "", gl["person"])]
        for kind in ("designer", "garment"):
            alts = alternatives(gl.get(kind))
            if not alts:
                continue
            t.add(f"{kind}_gold")
            if any(f.get("kind") == kind and value_match(f.get("value") or "", d)
                   for pl in theirs for f in pl.get("fields", []) for d in alts):
                t.add(f"{kind}_found")
            else:
                errors.append(f"  look: missed {kind} {alts} for {gl['person']!r}")


def main(argv):
    args = [x for x in argv[1:] if not x.startswith("-")]
    verbose = "-v" in argv
    if len(args) != 2:
        print("usage: score_analysis.py GOLD.jsonl OUTPUT_DIR [-v]", file=sys.stderr)
        return 2
    gold_path, folder = args
    try:
        gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    except (OSError, ValueError) as e:
        print(f"cannot read gold file {gold_path}: {e}", file=sys.stderr)
        return 2
    if not os.path.isdir(folder):
        print(f"not a folder: {folder}", file=sys.stderr)
        return 2
    outputs = load_outputs(folder)
    t = Tally()
    missing = []
    for g in gold:
        a = outputs.get(stem(g["doc"]))
        errors = []
        if a is None:
            missing.append(g["doc"])
        score_doc(g, a, t, errors)
        if verbose and a is None:
            print(f"{g['doc']} (NO OUTPUT: everything counted as missed)")
        elif verbose and errors:
            print(g["doc"])
            print("\n".join(errors))
    for d in missing:
        print(f"warning: no inspect output for {d}; counted as nothing found", file=sys.stderr)
    r = t.ratio
    print(f"documents={len(gold)} with_output={len(gold) - len(missing)}")
    print(f"people precision={r('people_tp', 'people_judged')} recall={r('people_found', 'people_gold')} "
          f"(predicted subjects={t.c['people_pred']}, right={t.c['people_tp']}, wrong={t.c['people_fp']}, "
          f"mentioned-only={t.c['people_neutral']}, gold={t.c['people_gold']})")
    print(f"speakers accuracy={r('quotes_right', 'quotes_gold')} found={r('quotes_found', 'quotes_gold')} "
          f"accuracy_when_found={r('quotes_right', 'quotes_found')} (gold quotes={t.c['quotes_gold']})")
    t.c["fields_pred"] = t.c["designer_pred"] + t.c["garment_pred"]
    t.c["fields_right"] = t.c["designer_right"] + t.c["garment_right"]
    t.c["fields_gold"] = t.c["designer_gold"] + t.c["garment_gold"]
    t.c["fields_found"] = t.c["designer_found"] + t.c["garment_found"]
    print(f"look fields precision={r('fields_right', 'fields_pred')} recall={r('fields_found', 'fields_gold')} "
          f"(predicted={t.c['fields_pred']}, gold={t.c['fields_gold']})")
    for kind in ("designer", "garment"):
        print(f"  {kind}: precision={r(kind + '_right', kind + '_pred')} recall={r(kind + '_found', kind + '_gold')} "
              f"(predicted={t.c[kind + '_pred']}, gold={t.c[kind + '_gold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
