#!/usr/bin/env bash
# Runs `redcarpet-bot inspect --json` on the devset2 files that hold the gold-annotated articles and scores
# people, quote speakers and look fields with score_analysis.py.
# usage (from the repository root, after ./mvnw -B -q package -DskipTests):
#   bench/eval/run_analysis.sh [-v] [CORPUS_DIR]      CORPUS_DIR defaults to /work/shared/devset2/corpus
set -euo pipefail
VERBOSE=""
if [ "${1:-}" = "-v" ]; then VERBOSE="-v"; shift; fi
CORPUS="${1:-/work/shared/devset2/corpus}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
GOLD="$HERE/gold-devset2.jsonl"
JAR="$ROOT/target/redcarpet-bot.jar"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -f "$JAR" ] || { echo "no $JAR: build it first with ./mvnw -B -q package -DskipTests" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "corpus folder not found: $CORPUS" >&2; exit 2; }
OUT="$(mktemp -d /tmp/redcarpet-analysis.XXXXXX)"
# the corpus files that hold the gold documents (a json/jsonl file may hold several records)
FILES="$(python3 - "$GOLD" "$CORPUS" <<'PY'
import json, os, sys
gold, corpus = sys.argv[1], sys.argv[2]
want = {json.loads(l)["doc"] for l in open(gold) if l.strip()}
files = set()
for fn in sorted(os.listdir(corpus)):
    stem, ext = os.path.splitext(fn)
    ids = {stem}
    path = os.path.join(corpus, fn)
    try:
        if ext == ".jsonl":
            ids |= {json.loads(l).get("id") for l in open(path, encoding="utf-8") if l.strip()}
        elif ext == ".json":
            ids.add(json.load(open(path, encoding="utf-8")).get("id"))
    except ValueError:
        pass
    if ids & want:
        files.add(fn); want -= ids
for d in sorted(want):
    print(f"warning: no file for gold document {d}", file=sys.stderr)
print("\n".join(sorted(files)))
PY
)"
cd "$ROOT"
n=0; ok=0
for f in $FILES; do
    stem="${f%.*}"
    if ! "$JAVA_HOME/bin/java" -jar "$JAR" inspect --json "$CORPUS/$f" > "$OUT/$stem.json" 2> "$OUT/$stem.err"; then
        echo "warning: inspect failed on $f: $(head -n 1 "$OUT/$stem.err")" >&2
        rm -f "$OUT/$stem.json"
    else
        ok=$((ok + 1))
    fi
    n=$((n + 1))
done
echo "inspected $ok of $n files into $OUT"
if [ "$ok" -eq 0 ]; then echo "inspect --json failed on every file; does this jar have 'inspect --json'?" >&2; exit 3; fi
python3 "$HERE/score_analysis.py" "$GOLD" "$OUT" $VERBOSE
