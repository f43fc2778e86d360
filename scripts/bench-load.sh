#!/usr/bin/env bash
# Cold loading (no content cache) against fzf reading the same lines: wall time (hyperfine) and
# peak memory (/usr/bin/time -v), with ratios. Two ladders from scripts/gen-ladder.py: 100,000
# skills (50 levels x 2,000) and a competency matrix (2,000 competencies x 10 levels, each
# milestone with a title, points, two signals and an example).
# Targets for the 100,000-skill ladder: time ratio <= 1.5, memory ratio <= 3.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked --quiet
rungs="$PWD/target/release/rungs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen-ladder.py "$work" >/dev/null
python3 scripts/gen-ladder.py "$work" --levels 10 --competencies 2000 >/dev/null

peak() { { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident/ {print $2}'; }

for name in big matrix; do
    hyperfine --warmup 2 --min-runs 10 --style basic --export-json "$work/$name.json" \
        -n rungs "RUNGS_CACHE_DIR= '$rungs' check '$work/$name.toml'" \
        -n fzf "fzf --filter stakeholder < '$work/$name.txt'" >/dev/null
    rungs_kb=$(peak env RUNGS_CACHE_DIR= "$rungs" check "$work/$name.toml")
    fzf_kb=$(peak sh -c 'fzf --filter stakeholder < "$1"' sh "$work/$name.txt")
    python3 - "$work/$name.json" "$name" "$rungs_kb" "$fzf_kb" <<'PY'
import json, sys
path, name, rungs_kb, fzf_kb = sys.argv[1:]
means = {r["command"]: r["mean"] for r in json.load(open(path))["results"]}
print(f"{name}.toml cold check: rungs {means['rungs'] * 1000:.0f} ms, {int(rungs_kb) / 1024:.0f} MB; "
      f"fzf {means['fzf'] * 1000:.0f} ms, {int(fzf_kb) / 1024:.0f} MB; "
      f"time ratio {means['rungs'] / means['fzf']:.2f}, memory ratio {int(rungs_kb) / int(fzf_kb):.2f}")
PY
done
