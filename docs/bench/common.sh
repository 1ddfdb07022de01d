# Sourced by docs/bench/run.sh and docs/bench/scale-out.sh (not run on its own): the settings both share, the build
# step (mdkg's jar, the test classes and their classpath, and the standalone Fuseki jar into $BENCH/build) and the
# helpers (timing, medians, starting and stopping mdkg, one wrk run). Run from the repository root.
# Environment: SECONDS_WRK (default 10), HEAP (mdkg's JVM heap flag, default -Xmx2g as in the README), PORT (default
# 3393), BENCH (work directory, default target-bench; its stores are kept for the next sections).
. .ci/jdk
SECONDS_WRK=${SECONDS_WRK:-10}
HEAP=${HEAP:--Xmx2g}
PORT=${PORT:-3393}
BENCH=${BENCH:-target-bench}
mkdir -p "$BENCH"
BENCH=$(cd "$BENCH" && pwd)
LOG=$BENCH/log
mkdir -p "$LOG"

for tool in wrk /usr/bin/time curl jq; do
  command -v "$tool" > /dev/null || { echo "$0 needs $tool (apt-get install -y wrk time curl jq)" >&2; exit 2; }
done

echo "== build ($(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
mvn -B -q package -DskipTests -Dspotless.check.skip=true -Dmdkg.build.dir="$BENCH/build"
mvn -B -q test-compile dependency:build-classpath dependency:copy@fuseki-server-for-tests \
  -Dspotless.check.skip=true -Dmdkg.build.dir="$BENCH/build" -Dmdep.outputFile="$BENCH/build/cp.txt" > /dev/null
JAR=$BENCH/build/mdkg.jar
# the JVM options file the build writes (the AOT cache on a JDK 25+), as the README's start command uses it
JVM_OPTS=@$BENCH/build/mdkg.jvm
FUSEKI_JAR=$BENCH/build/fuseki/jena-fuseki-server.jar
CP=$BENCH/build/test-classes:$BENCH/build/classes:$(cat "$BENCH/build/cp.txt")

# the /sparql GET query of the wrk runs
WRK_QUERY='PREFIX mdkg: <https://w3id.org/mdkg/ontology#> SELECT ?p ?l { ?p a mdkg:Process ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 100'

# wrk's connections all come from 127.0.0.1, one client to mdkg: its per-client limits (6 at a time, 100 a second,
# answered 429 past them) are lifted for the wrk runs, the server-wide ones (MDKG_MAX_CONCURRENT, the queue) stay
WRK_LIMITS=(MDKG_CLIENT_CONCURRENCY=1000 MDKG_CLIENT_RATE=1000000)

now_ms() { date +%s%3N; }
disk() { du -sk "$1" | cut -f1; }                     # KiB on disk
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
load_avg() { cut -d' ' -f1 /proc/loadavg; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a/b }'; }

# serve_at PORT NAME [ENV...] -- SERVE_ARGS...: starts `mdkg serve --port PORT SERVE_ARGS` in the background (its
# log $LOG/NAME.log); sets SERVED_PID; returns when /api/health answers 200
serve_at() {
  local port=$1 name=$2; shift 2
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  env "${envs[@]}" java $HEAP "$JVM_OPTS" -jar "$JAR" serve --port "$port" "$@" > "$LOG/$name.log" 2>&1 &
  SERVED_PID=$!
  until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do
    kill -0 "$SERVED_PID" 2> /dev/null || { tail -20 "$LOG/$name.log" >&2; exit 3; }
    sleep 0.05
  done
}

# serve DB [ENV...]: mdkg over the embedded store DB on $PORT; sets SERVER_PID
serve() {
  local db=$1; shift
  serve_at "$PORT" serve "$@" -- --db "$db"
  SERVER_PID=$SERVED_PID
}
stop() { kill "$SERVER_PID"; wait "$SERVER_PID" 2> /dev/null || true; }

# wrk_run URL CONNECTIONS OUT [WRK_ARGS...]: one wrk run of $SECONDS_WRK seconds, 5 s timeout, its report in OUT
wrk_run() {
  local url=$1 c=$2 out=$3; shift 3
  wrk -t2 -c"$c" -d"${SECONDS_WRK}s" --timeout 5s --latency "$@" "$url" > "$out" 2>&1
}

# wrk_summary OUT -> "req/s p50 p99 max errors" of one wrk report ("-" where wrk printed none)
wrk_summary() {
  awk 'BEGIN {p="-"; m="-"; h="-"} /Requests\/sec/ {r=$2} /^ +50%/ {h=$2} /^ +99%/ {p=$2} /^ +Latency +[0-9]/ {m=$4}
       /Socket errors/ {e=$0; sub(/^ *Socket errors: */, "", e); gsub(/ /, "", e)} /Non-2xx/ {n=",non2xx=" $NF}
       / 0 requests in/ {z="no-answer,"}
       END {s = z e n; sub(/^,/, "", s); sub(/,$/, "", s); printf "%s %s %s %s %s\n", r, h, p, m, s == "" ? "none" : s}' "$1"
}

# wrk_once PATH CONNECTIONS -> "req/s p99 max errors" against mdkg on $PORT
wrk_once() {
  wrk_run "http://127.0.0.1:$PORT$1" "$2" "$LOG/wrk.txt"
  wrk_summary "$LOG/wrk.txt" | awk '{print $1, $3, $4, $5}'
}
