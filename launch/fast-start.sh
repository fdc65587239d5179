#!/usr/bin/env bash
# The fast start of the packaged app: the jar extracted (Spring Boot's tools jar mode), the bean
# definitions Spring AOT worked out at build time (-Dspring.aot.enabled=true), and JDK 25's
# ahead-of-time cache (JEP 483/514/515) written by one training start.
#
#   launch/fast-start.sh --prepare [app arguments]   extract the jar and run the training start
#   launch/fast-start.sh [app arguments]             start the app (prepares first when needed)
#
# App arguments are those of `java -jar`, e.g. --server.port=8080. Prepare with the app stopped
# and with the arguments you start it with: the training start opens the same database (it
# creates or updates it from datasets/ as any start does), answers its first page, and stops.
# Preparing again is needed after every `./mvnw package` or JDK change; a start notices both
# and prepares by itself. Environment: JAVA_HOME (the JDK; else the newest JDK >= 21 under
# /usr/lib/jvm, else java on the PATH), APP_JAR (default target/inspection-analytics-*.jar),
# FAST_START_DIR (default target/fast-start). Without JDK 25 it starts without the cache.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=$(command -v java || true); best=0
  for jdk in /usr/lib/jvm/*; do
    [ -x "$jdk/bin/java" ] || continue
    m=$(java_major "$jdk/bin/java" || echo 0)
    if [ "${m:-0}" -ge 21 ] && [ "$m" -gt "$best" ]; then java="$jdk/bin/java"; best=$m; fi
  done
fi
[ -n "$java" ] || { echo "fast-start: no java found; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }

jar="${APP_JAR:-}"
if [ -z "$jar" ]; then
  for f in "$root"/target/inspection-analytics-*.jar; do
    case "$f" in *-plain.jar) ;; *) [ -f "$f" ] && jar="$f" ;; esac
  done
fi
[ -n "$jar" ] && [ -f "$jar" ] || { echo "fast-start: no packaged jar; run ./mvnw package first (or set APP_JAR)" >&2; exit 1; }

dir="${FAST_START_DIR:-$root/target/fast-start}"
app="$dir/app/$(basename "$jar")"
cache="$dir/app.aot"
# what the cache was made from: this jar and this JDK (no extra JVM start to check it)
stamp="$(stat -L -c '%n %s %Y' "$jar" "$java" | tr '\n' ' ')"

prepare() {
  local major
  major=$(java_major "$java")
  rm -rf "$dir/app" "$cache" "$dir/stamp"
  mkdir -p "$dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null
  if [ "${major:-0}" -ge 25 ]; then
    echo "fast-start: training start (writes $cache)..." >&2
    "$java" -XX:AOTCacheOutput="$cache" -Dspring.aot.enabled=true -Dinspections.aot-training=true \
        -Dserver.port=0 -jar "$app" "$@" >"$dir/training.log" 2>&1 \
      || { echo "fast-start: the training start failed; see $dir/training.log" >&2; exit 1; }
  fi
  printf '%s\n%s\n' "$stamp" "$major" >"$dir/stamp"
}

if [ "${1:-}" = "--prepare" ]; then
  shift
  prepare "$@"
  echo "fast-start: prepared in $dir" >&2
  exit 0
fi
if [ ! -f "$dir/stamp" ] || [ "$(head -1 "$dir/stamp")" != "$stamp" ]; then
  echo "fast-start: the jar or the JDK changed since the last preparation; preparing" >&2
  prepare "$@"
fi
if [ -f "$cache" ]; then
  exec "$java" -XX:AOTCache="$cache" -Dspring.aot.enabled=true -jar "$app" "$@"
fi
exec "$java" -Dspring.aot.enabled=true -jar "$app" "$@"
