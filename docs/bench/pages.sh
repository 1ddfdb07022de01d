#!/usr/bin/env bash
# Server time of each page kind on the bundled data: the median of N requests (after 3 warm-up requests) as curl
# reports time_total on loopback, each next to a peer measured in the same run — the REST answer about the same
# resource (or /api/health for pages with no REST twin). Usage: docs/bench/pages.sh [BASE_URL] [N]
set -euo pipefail
BASE=${1:-http://127.0.0.1:3030}
N=${2:-21}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { # path accept
  for i in 1 2 3; do curl -s -o /dev/null -H "Accept: $2" "$BASE$1"; done
  for i in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Accept: $2" "$BASE$1"; done | median
}
HTML='text/html,application/xhtml+xml,*/*;q=0.8'
printf '| page | median ms | peer | peer median ms | ratio |\n|---|---:|---|---:|---:|\n'
while read -r page peer; do
  p=$(time_of "$page" "$HTML"); q=$(time_of "$peer" application/json)
  awk -v a="$p" -v b="$q" -v pg="$page" -v pr="$peer" \
    'BEGIN { printf "| `%s` | %.0f | `%s` | %.0f | %.1f |\n", pg, a*1000, pr, b*1000, a/b }'
done <<'PAGES'
/ /api/health
/id/commitment/c07 /api/commitments/c07
/id/process/rabat /api/processes/rabat
/id/country/NER /api/countries/NER
/id/state/NER /api/actors/NER
/id/framework/gcm /api/frameworks/gcm
/id/framework/gcm/objective/5 /api/commitments?objective=gcm/objective/5
/id/programme/bmm /api/queries/partnership-assessment?programme=bmm
/tracker /api/queries/status-as-of?date=2026-06-01
/tracker?date=2016-01-01&framework=https%3A%2F%2Fw3id.org%2Fmdkg%2Fid%2Fframework%2Fjvap /api/commitments?framework=jvap
/tracker.csv /api/commitments?limit=500&format=csv
/partnerships /api/queries/partnership-assessment
/search?q=niger /api/search?q=niger
/sparql /api/queries
PAGES
