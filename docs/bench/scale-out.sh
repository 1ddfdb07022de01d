#!/usr/bin/env bash
# The scale-out benchmark of docs/scale-out.md (issue 17), run by hand (not in CI): mdkg over the embedded store, over
# a standalone Fuseki 6.2 and over a throw-away Virtuoso 7 (both started through the tests' own store.FusekiProcess and
# store.VirtuosoProcess by org.mdkg.bench.StoreServer, on free ports, each loaded by mdkg's own first start), side by
# side:
#   queries  every named query with its header's example parameters through /api/queries/<id> on the three, and the
#            same query sent to each remote store directly as mdkg sends it (org.mdkg.bench.ScaleOutBenchmark; the
#            response cache off): medians, p99, and the ratio mdkg-over-store / store-direct;
#   wrk      /api/queries/processes and a /sparql GET, $WRK_CONNECTIONS connections, the response cache on (the
#            default; the per-client limits lifted, as all connections come from one address): one front-end per
#            store, then two front-ends over the same remote store (two mdkg serve on two ports, one wrk each with half
#            the connections, at the same time; their requests/s added), next to the store queried directly by wrk
#            with the query mdkg sends it (a POST of an HTML form, as mdkg sends it).
#
# Run from the repository root:  docs/bench/scale-out.sh [SECTION...]   (sections: queries wrk; default both)
# Environment: CALLS (per query and side, default 11), WARMUP (default 2), TIMEOUT (s per call, and mdkg's own
# MDKG_QUERY_TIMEOUT_SECONDS, default 20; the stores stop their own queries after 10 s), WRK_CONNECTIONS (default 8),
# ENGINES (default "embedded fuseki virtuoso"), and SECONDS_WRK, HEAP, PORT (this script uses PORT..PORT+4), BENCH
# of docs/bench/common.sh (the build step and helpers shared with docs/bench/run.sh). Needs wrk, curl, jq and
# Debian's virtuoso-opensource.
set -euo pipefail
. docs/bench/common.sh
sections=${*:-queries wrk}
CALLS=${CALLS:-11}
WARMUP=${WARMUP:-2}
TIMEOUT=${TIMEOUT:-20}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
ENGINES=${ENGINES:-embedded fuseki virtuoso}
echo "== scale-out.sh $sections: ENGINES=\"$ENGINES\" CALLS=$CALLS WARMUP=$WARMUP TIMEOUT=$TIMEOUT SECONDS_WRK=$SECONDS_WRK WRK_CONNECTIONS=$WRK_CONNECTIONS HEAP=$HEAP"

declare -A STORE STORE_PID FRONT_PORT
FRONT_PORT[embedded]=$PORT; FRONT_PORT[fuseki]=$((PORT + 1)); FRONT_PORT[virtuoso]=$((PORT + 3))
FRONT_PIDS=()

cleanup() {
  for pid in "${FRONT_PIDS[@]}" "${STORE_PID[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${FRONT_PIDS[@]}" "${STORE_PID[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# store_up ENGINE: starts the remote store once (org.mdkg.bench.StoreServer); sets STORE[ENGINE] to its sparql:… spec
store_up() {
  [ -n "${STORE[$1]:-}" ] && return
  java -Dmdkg.fuseki.jar="$FUSEKI_JAR" -cp "$CP" org.mdkg.bench.StoreServer "$1" > "$LOG/store-$1.txt" 2>&1 &
  STORE_PID[$1]=$!
  until grep -q '^sparql:' "$LOG/store-$1.txt"; do
    kill -0 "${STORE_PID[$1]}" 2> /dev/null || { tail -20 "$LOG/store-$1.txt" >&2; exit 3; }
    sleep 0.2
  done
  STORE[$1]=$(grep -m1 '^sparql:' "$LOG/store-$1.txt")
  echo "$1: ${STORE[$1]}"
}

# front PORT ENGINE NAME [ENV...]: mdkg serve on PORT over ENGINE's store (the first start over a store loads it)
front() {
  local port=$1 engine=$2 name=$3; shift 3
  local t0; t0=$(now_ms)
  if [ "$engine" = embedded ]; then
    serve_at "$port" "$name" MDKG_QUERY_TIMEOUT_SECONDS="$TIMEOUT" "$@" -- --db "$BENCH/scale-db"
  else
    store_up "$engine"
    serve_at "$port" "$name" MDKG_QUERY_TIMEOUT_SECONDS="$TIMEOUT" "$@" -- --store "${STORE[$engine]}"
  fi
  FRONT_PIDS+=("$SERVED_PID")
  echo "$name: mdkg on port $port over $engine, up in $(( $(now_ms) - t0 )) ms"
}
stop_fronts() {
  for pid in "${FRONT_PIDS[@]}"; do kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; done
  FRONT_PIDS=()
}

rm -rf "$BENCH/scale-db"

section_queries() {
  echo "== named queries, response cache off (MDKG_CACHE_MAX_BYTES=0), $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local targets=()
  for e in $ENGINES; do
    front "${FRONT_PORT[$e]}" "$e" "queries-$e" MDKG_CACHE_MAX_BYTES=0
    targets+=("$e" "http://127.0.0.1:${FRONT_PORT[$e]}" "${STORE[$e]:--}")
  done
  java -cp "$CP" org.mdkg.bench.ScaleOutBenchmark suite "$CALLS" "$WARMUP" "$TIMEOUT" queries "${targets[@]}" \
    2> "$LOG/scale-queries.log"
  stop_fronts
  echo "(done $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

# wrk_row LABEL URL... -- WRK_ARGS...: one wrk per URL at the same time (the connections split between them); prints
# a table row: req/s added, the slowest wrk's median and p99, errors of each
wrk_row() {
  local label=$1; shift
  local urls=()
  while [ "$1" != -- ]; do urls+=("$1"); shift; done
  shift
  local c=$((WRK_CONNECTIONS / ${#urls[@]})) pids=() i=0 l
  l=$(load_avg)
  for u in "${urls[@]}"; do wrk_run "$u" "$c" "$LOG/wrk-$i.txt" "$@" & pids+=($!); i=$((i + 1)); done
  wait "${pids[@]}"
  for i in $(seq 0 $((${#urls[@]} - 1))); do wrk_summary "$LOG/wrk-$i.txt"; done | awk -v label="$label" -v l="$l" -v n="${#urls[@]}" '
    function ms(t) { if (t ~ /us$/) return t / 1000; if (t ~ /ms$/) return t + 0; if (t ~ /m$/) return t * 60000; if (t ~ /s$/) return t * 1000; return -1 }
    { r += $1; if (ms($2) > p50) p50 = ms($2); if (ms($3) > p99) p99 = ms($3); e = e (NR > 1 ? " + " : "") $5 }
    END { printf "| %s | %d | %s | %.0f | %.1f | %.1f | %s |\n", label, n, l, r, p50, p99, e }'
}

# sent_script ENGINE ID_OR_TEXT TAG: a wrk script that POSTs (as mdkg does, an HTML form) the query mdkg sends to
# ENGINE's store for ID_OR_TEXT
sent_script() {
  local out=$LOG/sent-$1-$3.lua
  {
    echo 'wrk.method = "POST"'
    echo 'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"'
    echo 'wrk.headers["Accept"] = "application/sparql-results+json"'
    echo "wrk.body = [==[query=$(java -cp "$CP" org.mdkg.bench.ScaleOutBenchmark sent "${STORE[$1]}" queries "$2" \
      2> "$LOG/sent.log" | jq -sRr @uri)]==]"
  } > "$out"
  echo "$out"
}

section_wrk() {
  echo "== wrk, response cache on (the default), $WRK_CONNECTIONS connections in all, ${SECONDS_WRK}s per run, $(date -u +%FT%TZ)"
  local sparql json='Accept: application/sparql-results+json'
  sparql="/sparql?query=$(printf '%s' "$WRK_QUERY" | jq -sRr @uri)"
  echo "| target | front-ends | load avg | req/s | median ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  for e in $ENGINES; do
    local p1=${FRONT_PORT[$e]} p2=$((FRONT_PORT[$e] + 1))
    front "$p1" "$e" "wrk-$e-1" "${WRK_LIMITS[@]}" > /dev/null
    [ "$e" = embedded ] || front "$p2" "$e" "wrk-$e-2" "${WRK_LIMITS[@]}" > /dev/null
    for p in $p1 $p2; do curl -sf -o /dev/null "http://127.0.0.1:$p/api/queries/processes" || true; done # warm the cache
    wrk_row "$e: \`/api/queries/processes\`" "http://127.0.0.1:$p1/api/queries/processes" --
    [ "$e" = embedded ] || wrk_row "$e: \`/api/queries/processes\`" "http://127.0.0.1:$p1/api/queries/processes" \
      "http://127.0.0.1:$p2/api/queries/processes" --
    wrk_row "$e: \`/sparql\` GET" "http://127.0.0.1:$p1$sparql" -- -H "$json"
    [ "$e" = embedded ] || wrk_row "$e: \`/sparql\` GET" "http://127.0.0.1:$p1$sparql" "http://127.0.0.1:$p2$sparql" \
      -- -H "$json"
    if [ "$e" != embedded ]; then
      local url=${STORE[$e]#sparql:}; url=${url%%,*}
      wrk_row "$e direct: the processes query" "$url" -- -s "$(sent_script "$e" processes rest)"
      wrk_row "$e direct: the \`/sparql\` query" "$url" -- -s "$(sent_script "$e" "$WRK_QUERY" sparql)"
    fi
    stop_fronts
  done
  echo "(done $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

for s in $sections; do "section_$s"; done
echo "== done $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
