#!/usr/bin/env bash
# Import benchmark (issue "Interoperability"): a data·inclusion v1 file of SERVICES services (and
# their structures, plain v1 rows as data·inclusion publishes them: no Passerelle block) is imported
# with the command line into a running Passerelle (Lucene) on an empty database; the clock runs from
# the command's start until the server's indexer has applied the last outbox row and the search API
# counts every published offer. Results go to stdout (Markdown rows).
#   bash bench/import-benchmark.sh [SERVICES] [STRUCTURES]
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICES=${1:-150000}
STRUCTURES=${2:-30000}
PORT=${BENCH_PORT:-18182}
DB=passerelle_bench_import
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
WORK=$(mktemp -d /tmp/passerelle-import-bench.XXXX)
ms() { echo $(( $(date +%s%N) / 1000000 )); }

[ -f target/passerelle.jar ] || mvn -B -q clean package -DskipTests
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB with (force)" -c "create database $DB"

echo "## Generating $SERVICES services / $STRUCTURES structures (data·inclusion v1 JSON lines)"
java -Xmx2g -cp target/passerelle.jar fr.passerelle.catalogue.demo.DemoCatalogueExport \
  --jdbc-url "$JDBC" --jsonl "$WORK" --offers "$SERVICES" --structures "$STRUCTURES" --scope FRANCE \
  > "$WORK/generate.log" 2>&1
# A national extract carries no Passerelle block: drop it, then one file, structures first.
python3 - "$WORK" <<'PY'
import json, sys, pathlib
work = pathlib.Path(sys.argv[1])
with open(work / "extract.jsonl", "w", encoding="utf-8") as out:
    for name in ("structures.jsonl", "services.jsonl"):
        with open(work / name, encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                row.pop("passerelle", None)
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
PY
ls -l "$WORK/extract.jsonl" | awk '{printf "file: %.0f MB\n", $5/1048576}'

echo "## Starting Passerelle (Lucene, empty catalogue)"
PASSERELLE_HOME="$WORK/home" PASSERELLE_PORT=$PORT JDBC_URL="$JDBC" JDBC_USER=postgres PASSERELLE_DEMO=false \
  java -Xmx3g -jar target/passerelle.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$PORT/health" > /dev/null; do
  kill -0 $APP || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done

echo "## Import"
start=$(ms)
JDBC_URL="$JDBC" JDBC_USER=postgres PASSERELLE_HOME="$WORK/home" \
  java -Xmx2g -jar target/passerelle.jar import "$WORK/extract.jsonl" > "$WORK/report.json" 2> "$WORK/import.log"
imported=$(ms)
grep "rows read" "$WORK/import.log" | tail -1
grep "duplicates" "$WORK/import.log" || true

python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('report: imported', r['imported'], 'updated', r['updated'], 'unchanged', r['unchanged'], 'rejected', len(r['rejected']))" "$WORK/report.json"
until [ "$(curl -fs "http://127.0.0.1:$PORT/health" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("indexing",{}).get("pending",1))')" = "0" ]; do
  sleep 0.2
done
indexed=$(ms)
hits=$(curl -fs "http://127.0.0.1:$PORT/api/v1/search/services?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
published=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "select count(*) from offer o join structure s on s.id = o.structure_id where o.status = 'publiee' and s.moderation_status = 'validee'")
echo
echo "| services in file | import command | index caught up after | total | search hits / published |"
echo "|---|---|---|---|---|"
echo "| $SERVICES | $(( (imported - start) / 1000 )).$(( (imported - start) % 1000 / 100 )) s | +$(( (indexed - imported) / 1000 )).$(( (indexed - imported) % 1000 / 100 )) s | $(( (indexed - start) / 1000 )).$(( (indexed - start) % 1000 / 100 )) s | $hits / $published |"
echo "(logs in $WORK)"
