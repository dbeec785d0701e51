#!/usr/bin/env bash
# Every dev-data score of the project in one run, for the note that closes a piece of work.
#
# usage: bash benchmarks/dev_scores.sh [REPO_DIR] [PYTHON]
#   REPO_DIR  the checkout to measure (default: this one); a copy made with
#             `git archive HEAD | tar -x -C DIR` measures a commit while the checkout changes.
#             It needs ../shared beside it (the third-party dev data and scorers).
#   PYTHON    an interpreter with eventwire's dependencies (default: REPO_DIR/.venv/bin/python,
#             else this checkout's .venv); REPO_DIR/src goes first on PYTHONPATH.
# Writes each benchmark's full output to REPO_DIR/out/scores/<name>.txt and prints a summary:
# root+dyad and code+dyad P/R/F1 and no-event accuracy of every newswire set (held-out ones too:
# scoring them is measuring, not tuning), the real-news sets, the sample corpus, PLOVER and
# PETRARCH gold; PolNeAR quote scores (all, half A, half B); actor accuracy and coverage.
# Two groups run side by side; about 15 minutes on 2 cores.
set -u
HERE=$(cd "$(dirname "$0")/.." && pwd)
D=$(cd "${1:-$HERE}" && pwd)
PY=${2:-}
if [ -z "$PY" ]; then
  if [ -x "$D/.venv/bin/python" ]; then PY=$D/.venv/bin/python; else PY=$HERE/.venv/bin/python; fi
fi
SHARED=$D/../shared
[ -d "$SHARED/tools" ] || { echo "error: $SHARED/tools not found (the shared dev data must sit beside the repo)" >&2; exit 2; }
export PYTHONPATH=$D/src
O=$D/out/scores
mkdir -p "$O"
cd "$D" || exit 2
run() { local name=$1; shift; "$@" > "$O/$name.txt" 2>&1 || echo "warning: $name exited $?" >&2; }

(
  for s in team d e f g h i j k l m n o; do
    [ -f "tests/data/newswire_${s}_sentences.jsonl" ] || [ "$s" = team ] || continue
    run "newswire_$s" "$PY" benchmarks/score_newswire.py --set "$s" --which both --held-out --out "$D/out"
  done
) &
(
  for s in a b c; do run "realnews_$s" "$PY" benchmarks/devsets/realnews_events.py --set "$s" --which both; done
  run plover_convert "$PY" benchmarks/devsets/plover_gold.py
  "$PY" -m eventwire code out/plover_input.jsonl --what events > out/plover_system.jsonl 2> "$O/plover.stderr.txt"
  run plover "$PY" benchmarks/devsets/plover_gold.py --system out/plover_system.jsonl
  run petrarch_convert "$PY" benchmarks/devsets/petrarch_unit.py
  run petrarch "$PY" -m eventwire eval out/petrarch_unit_gold.jsonl --actors out/petrarch_actors.yaml
  run polnear_convert "$PY" benchmarks/devsets/polnear.py
  run polnear_code "$PY" benchmarks/quotes_polnear.py out/polnear-dev.input.jsonl --out out/polnear-dev.quotes.jsonl
  for g in gold A.gold B.gold; do
    run "quotes_$g" "$PY" "$SHARED/tools/score_quotes.py" "out/polnear-dev.$g.jsonl" out/polnear-dev.quotes.jsonl
  done
  run actors_plover "$PY" benchmarks/actors_plover.py
  run actors_coverage "$PY" benchmarks/actors_coverage.py
  "$PY" -m eventwire code src/eventwire/sample/articles.jsonl --what events > "$O/sample.events.jsonl" 2> "$O/sample.stderr.txt"
  run sample "$PY" "$SHARED/tools/score_events.py" src/eventwire/sample/gold_events.jsonl "$O/sample.events.jsonl"
) &
wait

for f in "$O"/newswire_*.txt "$O"/realnews_*.txt "$O"/sample.txt "$O"/plover.txt "$O"/petrarch.txt; do
  echo "## $(basename "$f" .txt)"
  grep -E "^== |^root\+dyad |^code\+dyad |^type\+dyad |^events root\+dyad |no-event accuracy" "$f" | awk '!seen[$0]++' | sed 's/^/  /'
done
for g in gold A.gold B.gold; do
  echo "## quotes $g"
  grep -E "^0\.[38] |^direct|^indirect|speaker accuracy|F1@" "$O/quotes_$g.txt" | sed 's/^/  /'
done
echo "## actors (PLOVER gold)"; grep -E "^(found|country|country\+role) " "$O/actors_plover.txt" | sed 's/^/  /'
echo "## actor coverage"; tail -9 "$O/actors_coverage.txt" | sed 's/^/  /'
