#!/usr/bin/env bash
# Search benchmark (issue "Search engine"): generates a catalogue, starts Passerelle on it with
# the Lucene backend, then measures the HTTP search API against a tuned PostgreSQL baseline and
# raw Lucene on the same index, 16 concurrent clients each, on the same data. Results go to stdout (Markdown rows).
#   bash bench/search-benchmark.sh [OFFERS] [STRUCTURES] [SCOPE]
set -euo pipefail
cd "$(dirname "$0")/.."
OFFERS=${1:-150000}
STRUCTURES=${2:-30000}
SCOPE=${3:-FRANCE}
PORT=${BENCH_PORT:-18181}
DB=passerelle_bench
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
HOME_DIR=$(mktemp -d /tmp/passerelle-bench.XXXX)

[ -f target/passerelle.jar ] || mvn -B -q clean package -DskipTests
mvn -B -q -DskipFrontend test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt

psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"

echo "## Generating $OFFERS offers / $STRUCTURES structures ($SCOPE)"
start=$(date +%s%N)
java -Xmx2g -cp target/passerelle.jar fr.passerelle.catalogue.demo.DemoCatalogueExport \
  --jdbc-url "$JDBC" --offers "$OFFERS" --structures "$STRUCTURES" --scope "$SCOPE" > "$HOME_DIR/generate.log" 2>&1
echo "generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo "## Starting Passerelle (Lucene) and building the index"
start=$(date +%s%N)
PASSERELLE_HOME="$HOME_DIR" PASSERELLE_PORT=$PORT JDBC_URL="$JDBC" JDBC_USER=postgres PASSERELLE_DEMO=false \
  java -Xmx3g -jar target/passerelle.jar > "$HOME_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/health" > /dev/null; do
  kill -0 $APP || { cat "$HOME_DIR/app.log"; exit 1; }
  sleep 1
done
echo "ready (start-up + full index build) in $(( ($(date +%s%N) - start) / 1000000 )) ms"
# The full reindex from PostgreSQL is the start-up rebuild of a missing index (the same mass
# indexer as POST /api/v1/admin/reindex, which needs an administrator's token).
grep -E "Search index rebuilt" "$HOME_DIR/app.log" | tail -1 || true

echo "## Load: HTTP API vs PostgreSQL baseline"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" fr.passerelle.bench.SearchBenchmark \
  --base-url "http://127.0.0.1:$PORT" --jdbc-url "$JDBC" --concurrency 16 --requests "${REQUESTS:-3000}" \
  --lucene-index "$HOME_DIR/index/offers" --search-config "$PWD/search-config"
