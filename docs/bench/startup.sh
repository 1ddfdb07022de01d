#!/usr/bin/env bash
# Measures start-up time to ready: the time from launching `mdkg serve` until GET /api/health answers 200.
# Runs N cold starts (new JVM each) on a fresh store (which includes loading the bundled data) and N on the
# store left by the first run; prints each time and the medians. Run from the repository root after
# `mvn -B -q package -DskipTests`. Usage: docs/bench/startup.sh [N] [PORT]
set -euo pipefail
n=${1:-5}
port=${2:-3131}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

start_once() {
  local db=$1
  local t0 pid
  t0=$(now_ms)
  java -jar target/mdkg.jar serve --port "$port" --db "$db" > "$work/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/log" >&2; exit 3; fi
    sleep 0.05
  done
  echo $(( $(now_ms) - t0 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

fresh=(); warm=()
for i in $(seq "$n"); do fresh+=("$(start_once "$work/db-$i")"); done
for i in $(seq "$n"); do warm+=("$(start_once "$work/db-1")"); done
echo "fresh store (loads ontology/ and data/), ms: ${fresh[*]}  median $(printf '%s\n' "${fresh[@]}" | median)"
echo "existing store, ms:                         ${warm[*]}  median $(printf '%s\n' "${warm[@]}" | median)"
echo "jar: $(stat -c %s target/mdkg.jar) bytes"
