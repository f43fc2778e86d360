#!/usr/bin/env bash
# `rungs search` on a synthetic 100,000-skill ladder against `fzf --filter` on the same skills
# as plain lines: wall time (hyperfine) and peak memory (/usr/bin/time -v), with ratios.
# Targets: time ratio <= 1.0 and peak memory <= fzf's for every query; exits 1 if one is missed.
#
#   bash scripts/bench-search.sh            # BENCH_DIR (default target/bench-search) holds the data
set -euo pipefail
cd "$(dirname "$0")/.."

# hyperfine, fzf and GNU time come from Debian packages; install whichever is missing.
missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v fzf >/dev/null || missing+=(fzf)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "== installing ${missing[*]}"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== building release"
cargo build --release --locked --quiet
rungs="$PWD/target/release/rungs"
work="${BENCH_DIR:-target/bench-search}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

echo "== generating the ladder"
python3 scripts/gen-ladder.py "$work"
# A private cache, warmed once: the first load parses the TOML (about a second) and caches it.
export RUNGS_CACHE_DIR="$work/cache"
rm -rf "$RUNGS_CACHE_DIR"
"$rungs" --content "$work/big.toml" check

queries=("stakeholder" "data strategy" "stakholder" "mgmt" "zqx" "s")
results="$work/results.tsv"
: >"$results"
for query in "${queries[@]}"; do
    echo "== query: '$query'"
    # Both commands run through the shell (fzf needs its input redirected); hyperfine
    # subtracts the shell's start-up time from each. Exit 1 (no match) is not a failure.
    hyperfine --warmup 3 --min-runs 20 --ignore-failure --style basic \
        --export-json "$work/hyperfine.json" \
        -n rungs "'$rungs' --content '$work/big.toml' search '$query'" \
        -n fzf "fzf --filter '$query' < '$work/big.txt'" >/dev/null
    # Peak resident memory in KB; the command's own exit code (1: no match) does not matter.
    peak() { { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -F': ' '/Maximum resident/ {print $2}'; }
    rungs_kb=$(peak "$rungs" --content "$work/big.toml" search "$query")
    fzf_kb=$(peak sh -c 'fzf --filter "$1" < "$2"' sh "$query" "$work/big.txt")
    rungs_lines=$("$rungs" --content "$work/big.toml" search "$query" | wc -l || true)
    fzf_lines=$(fzf --filter "$query" <"$work/big.txt" | wc -l || true)
    python3 - "$work/hyperfine.json" "$query" "$rungs_kb" "$fzf_kb" "$rungs_lines" "$fzf_lines" >>"$results" <<'PY'
import json, sys
path, query, rungs_kb, fzf_kb, rungs_lines, fzf_lines = sys.argv[1:]
means = {r["command"]: r["mean"] for r in json.load(open(path))["results"]}
print("\t".join([query, f"{means['rungs'] * 1000:.1f}", f"{means['fzf'] * 1000:.1f}",
                 rungs_kb, fzf_kb, rungs_lines, fzf_lines]))
PY
done

python3 - "$results" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
print()
print(f"{'query':<16}{'rungs ms':>10}{'fzf ms':>10}{'time ratio':>12}"
      f"{'rungs MB':>10}{'fzf MB':>10}{'mem ratio':>11}{'results':>16}")
missed = 0
for query, rungs_ms, fzf_ms, rungs_kb, fzf_kb, rungs_n, fzf_n in rows:
    time_ratio = float(rungs_ms) / float(fzf_ms)
    mem_ratio = int(rungs_kb) / int(fzf_kb)
    ok = time_ratio <= 1.0 and mem_ratio <= 1.0
    missed += not ok
    print(f"{query!r:<16}{rungs_ms:>10}{fzf_ms:>10}{time_ratio:>12.2f}"
          f"{int(rungs_kb) / 1024:>10.1f}{int(fzf_kb) / 1024:>10.1f}{mem_ratio:>11.2f}"
          f"{rungs_n + ' / ' + fzf_n:>16}{'' if ok else '  MISSED'}")
print("\nratios are rungs / fzf; targets: both <= 1.00. results: lines printed by rungs / fzf")
sys.exit(1 if missed else 0)
PY
