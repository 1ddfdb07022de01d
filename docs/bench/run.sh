#!/usr/bin/env bash
# The benchmark suite of docs/benchmarks.md, run by hand (not in CI). Each measure runs next to its peer in the same
# run, alternating A B A B where it can: a fresh start on the bundled data and loads of 10^5 and 10^6 synthetic
# triples against Jena's own tdb2.tdbloader on the same files (time, store size on disk, peak RSS); the latency of
# every named query on the bundled data and on 10^6 triples (org.mdkg.bench.QueryLatencyBenchmark, response cache
# off); wrk against /api/queries/processes and a /sparql GET with 8 and 32 connections against the Jetty ceiling (a
# static asset our own server answers, /assets/pages.css; wrk is one client, so the per-client limits are lifted:
# WRK_LIMITS in docs/bench/common.sh), with the server's RSS sampled meanwhile.
#
# Run from the repository root:  docs/bench/run.sh [SECTION...]   (sections: start load queries wrk; default all)
# Environment: ROUNDS (A B rounds of the start, default 3), SIZES (default "100000 1000000"), SECONDS_WRK (default
# 10), HEAP, PORT, BENCH (docs/bench/common.sh, which holds the build step and the helpers this script shares with
# docs/bench/scale-out.sh). Needs wrk and GNU time (apt-get install wrk time).
set -euo pipefail
. docs/bench/common.sh
sections=${*:-start load queries wrk}
ROUNDS=${ROUNDS:-3}
SIZES=${SIZES:-100000 1000000}
BUNDLED=$(find ontology data -type f \( -name '*.ttl' -o -name '*.trig' -o -name '*.nt' -o -name '*.nq' \
  -o -name '*.jsonld' -o -name '*.rdf' \) | sort)
ONTOLOGY=$(find ontology -type f -name '*.ttl' | sort)

# tdbloader LOC FILES... -> "ms rss_kib". Into one named graph, as mdkg keeps its data in named graphs (TDB2 then
# writes the six quad indexes rather than the three triple indexes of the default graph).
tdbloader() {
  local loc=$1; shift
  rm -rf "$loc"
  /usr/bin/time -f "%e %M" -o "$LOG/time.txt" java -cp "$CP" tdb2.tdbloader --loc "$loc" --graph urn:bench:all "$@" \
    > "$LOG/tdbloader.log" 2>&1
  awk '{printf "%d %d\n", $1*1000, $2}' "$LOG/time.txt"
}

section_start() {
  echo "== fresh start on the bundled data ($(echo "$BUNDLED" | wc -l) files) vs tdb2.tdbloader, $ROUNDS rounds A B"
  echo "| round | load avg | mdkg start ms | mdkg store KiB | tdbloader ms | tdbloader store KiB | time ratio | size ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  local a=() b=()
  for i in $(seq "$ROUNDS"); do
    rm -rf "$BENCH/start-db"
    local l t0 ms
    l=$(load_avg); t0=$(now_ms)
    serve "$BENCH/start-db"
    ms=$(( $(now_ms) - t0 )); stop
    local tdb
    tdb=$(tdbloader "$BENCH/start-tdb" $BUNDLED)
    local tms=${tdb% *}
    a+=("$ms"); b+=("$tms")
    echo "| $i | $l | $ms | $(disk "$BENCH/start-db") | $tms | $(disk "$BENCH/start-tdb") | $(ratio "$ms" "$tms") | $(ratio "$(disk "$BENCH/start-db")" "$(disk "$BENCH/start-tdb")") |"
  done
  local ma mb
  ma=$(printf '%s\n' "${a[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median)
  echo "median: mdkg $ma ms, tdbloader $mb ms, ratio $(ratio "$ma" "$mb")"
  for i in 1 2; do
    t0=$(now_ms); serve "$BENCH/start-db"; echo "start on the existing store: $(( $(now_ms) - t0 )) ms"; stop
  done
}

section_load() {
  for n in $SIZES; do
    local nt=$BENCH/synthetic-$n.nt
    [ -f "$nt" ] || java -cp "$CP" org.mdkg.bench.SyntheticGraph "$nt" "$n" 42 > /dev/null
    echo "== mdkg load of ontology/ + $(wc -l < "$nt") synthetic triples (seed 42) into an empty store vs tdb2.tdbloader"
    echo "| side | load avg | ms | peak RSS MiB | store KiB |"
    echo "|---|---:|---:|---:|---:|"
    local db=$BENCH/load-$n-db l ms rss tdb
    rm -rf "$db"; l=$(load_avg)
    # The synthetic graph does not satisfy the shipped shapes: the gate runs with no shapes (it still copies the data).
    MDKG_SHAPES=docs/bench/no-shapes.ttl /usr/bin/time -f "%e %M" -o "$LOG/time.txt" java $HEAP \
      -Dorg.slf4j.simpleLogger.log.org.mdkg.derive.Derivations=debug \
      "$JVM_OPTS" -jar "$JAR" load --ontology --db "$db" ontology "$nt" > "$LOG/load-$n.log" 2>&1
    read -r ms rss < <(awk '{printf "%d %d\n", $1*1000, $2}' "$LOG/time.txt")
    echo "| mdkg load | $l | $ms | $((rss / 1024)) | $(disk "$db") |"
    l=$(load_avg); tdb=$(tdbloader "$BENCH/load-$n-tdb" $ONTOLOGY "$nt")
    echo "| tdb2.tdbloader | $l | ${tdb% *} | $(( ${tdb#* } / 1024 )) | $(disk "$BENCH/load-$n-tdb") |"
    echo "ratio: time $(ratio "$ms" "${tdb% *}"), store size $(ratio "$(disk "$db")" "$(disk "$BENCH/load-$n-tdb")")"
    echo "mdkg's steps:"; grep -E "derived |Bulk-loaded|Finished|Loaded " "$LOG/load-$n.log" | sed 's/^/    /'
  done
}

section_queries() {
  local big
  big=$(echo "$SIZES" | awk '{print $NF}')
  for target in "start-db 100" "load-$big-db 1000"; do
    set -- $target
    [ -d "$BENCH/$1" ] || { echo "(no $BENCH/$1: run the start and load sections first)"; continue; }
    echo "== named queries on $1, response cache off (MDKG_CACHE_MAX_BYTES=0), target < $2 ms"
    serve "$BENCH/$1" MDKG_CACHE_MAX_BYTES=0
    java -cp "$CP" org.mdkg.bench.QueryLatencyBenchmark "http://127.0.0.1:$PORT" 11 2 "$2" 2> /dev/null
    stop
  done
}

section_wrk() {
  local big sparql
  big=$(echo "$SIZES" | awk '{print $NF}')
  sparql="/sparql?query=$(printf '%s' "$WRK_QUERY" | jq -sRr @uri)"
  for db in start-db "load-$big-db"; do
    [ -d "$BENCH/$db" ] || continue
    echo "== wrk on $db (response cache on), ${SECONDS_WRK}s per run, ceiling = /assets/pages.css from the same server"
    serve "$BENCH/$db" "${WRK_LIMITS[@]}"
    ( while kill -0 "$SERVER_PID" 2> /dev/null; do ps -o rss= -p "$SERVER_PID"; sleep 1; done ) > "$LOG/rss.txt" &
    local sampler=$!
    echo "| connections | path | req/s | p99 | max | errors | share of ceiling |"
    echo "|---:|---|---:|---:|---:|---|---:|"
    for c in 8 32; do
      for round in 1 2; do
        local ceil
        ceil=$(wrk_once /assets/pages.css "$c")
        echo "| $c | ceiling /assets/pages.css | ${ceil// / | } | 1 |"
        for path in /api/queries/processes "$sparql"; do
          local r
          r=$(wrk_once "$path" "$c")
          echo "| $c | ${path:0:40} | ${r// / | } | $(ratio "${r%% *}" "${ceil%% *}") |"
        done
      done
    done
    stop; kill "$sampler" 2> /dev/null || true
    grep -E '[0-9]' "$LOG/rss.txt" > "$LOG/rss-$db.txt" || true
    mv "$LOG/rss-$db.txt" "$LOG/rss.txt"
    echo "server RSS during the wrk runs (MiB): first $(( $(head -1 "$LOG/rss.txt") / 1024 )), min $(( $(sort -n "$LOG/rss.txt" | head -1) / 1024 )), max $(( $(sort -n "$LOG/rss.txt" | tail -1) / 1024 )), last $(( $(tail -1 "$LOG/rss.txt") / 1024 ))"
  done
}

for s in $sections; do "section_$s"; done
echo "== done $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
