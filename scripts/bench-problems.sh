#!/usr/bin/env bash
# How long `rungs check` takes on a ladder with N duplicate skill ids (N problems), against
# the same command on a valid ladder of the same size: reporting problems should cost about
# what loading costs, whatever N. Prints wall times and their ratio for each N.
#
# Usage: scripts/bench-problems.sh [RUNGS_BINARY] [N...]   (default: target/release/rungs, 1000 10000 100000)
# Needs bash, python3 and GNU date. Writes only to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
rungs=${1:-target/release/rungs}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ladder() { # ladder FILE N SAME: N skills, all with the id "same" when SAME is 1
  python3 - "$1" "$2" "$3" <<'PY'
import sys
path, n, same = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
with open(path, "w") as out:
    out.write('[ladder]\nid = "bench"\ntitle = "Bench"\n[[levels]]\nid = "one"\ntitle = "One"\n')
    for i in range(n):
        skill = "same" if same else f"skill-{i:06d}"
        out.write(f'[[levels.skills]]\nid = "{skill}"\nname = "Skill {i}"\n')
PY
}

seconds() { # seconds COMMAND...: wall time of one run, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

printf '%8s  %10s  %10s  %6s\n' problems "check (s)" "valid (s)" ratio
for n in "${counts[@]}"; do
  ladder "$work/dup.toml" "$n" 1
  ladder "$work/valid.toml" "$n" 0
  dup=$(RUNGS_CACHE_DIR= seconds "$rungs" check "$work/dup.toml")
  valid=$(RUNGS_CACHE_DIR= seconds "$rungs" check "$work/valid.toml")
  printf '%8s  %10s  %10s  %6s\n' "$((n - 1))" "$dup" "$valid" "$(python3 -c "print(f'{$dup / max($valid, 0.001):.2f}')")"
done
