#!/usr/bin/env bash
# Two app nodes and nginx on loopback, as a team outgrows one machine (README, "Two nodes"):
#   ./mvnw -B package -DskipTests && launch/two-nodes.sh
# then open http://localhost:8080 (PORT). Each node has its own embedded DuckDB file
# (data/node1.duckdb, data/node2.duckdb) loaded from the same datasets/ and the one shared imports
# folder (data/imports); an import committed on one node is loaded by the other within
# inspections.imports-poll (5 s) and one load. Needs nginx (Debian: apt-get install nginx).
# Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
NODE1=${NODE1_PORT:-8081}
NODE2=${NODE2_PORT:-8082}
JAR=${APP_JAR:-$(ls target/inspection-analytics-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -1)}
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "no target/inspection-analytics-*.jar: run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx is not installed (Debian: apt-get install nginx)" >&2
  exit 1
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PREFIX=$PWD/data/nginx
mkdir -p "$PREFIX" data
sed -e "s#@PREFIX@#$PREFIX#g" -e "s#@PORT@#$PORT#g" -e "s#@NODE1@#$NODE1#g" -e "s#@NODE2@#$NODE2#g" \
  launch/nginx-two-nodes.conf > "$PREFIX/nginx.conf"

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
for n in 1 2; do
  port_var=NODE$n
  "$JAVA" -jar "$JAR" --server.port="${!port_var}" --server.address=127.0.0.1 \
    --inspections.node-route=node$n \
    --spring.datasource.url=jdbc:duckdb:data/node$n.duckdb \
    --inspections.datasets-dir=datasets --inspections.imports-dir=data/imports \
    > "data/node$n.log" 2>&1 &
  pids+=($!)
done
PATH=$PATH:/usr/sbin nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" &
pids+=($!)
echo "node1 :$NODE1, node2 :$NODE2 (logs data/node1.log, data/node2.log), nginx http://localhost:$PORT"
wait -n "${pids[@]}"
