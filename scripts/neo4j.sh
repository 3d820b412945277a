#!/usr/bin/env bash
# A local Neo4j Community server for development and integration tests, no Docker needed:
#   bash scripts/neo4j.sh fetch|start|stop|status|restart     (pnpm neo4j:start / pnpm neo4j:stop)
# start fetches org.neo4j:neo4j from Maven Central once (cached in .neo4j/lib), compiles a small launcher
# (scripts/neo4j/GeokgNeo4jServer.java) and runs it in the background with Bolt on 127.0.0.1, then waits
# until Bolt answers. Environment:
#   NEO4J_PORT (7687)  NEO4J_PASSWORD (geokg-dev-password, user neo4j)  NEO4J_START_TIMEOUT (180 s)
#   GEOKG_NEO4J_HEAP (2g)  GEOKG_NEO4J_PAGECACHE_MB (512)  GEOKG_NEO4J_JAVA_OPTS (extra JVM flags)
#   GEOKG_NEO4J_HOME (.neo4j under the repository)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${GEOKG_NEO4J_HOME:-$root/.neo4j}"
port="${NEO4J_PORT:-7687}"
pom="$root/scripts/neo4j/pom.xml"
src="$root/scripts/neo4j/GeokgNeo4jServer.java"
lib="$home/lib"
classes="$home/classes"
pidfile="$home/neo4j.pid"
log="$home/server.log"

say() { echo "geokg neo4j: $*"; }
die() {
  echo "geokg neo4j: $*" >&2
  exit 1
}

running_pid() {
  [[ -f "$pidfile" ]] || return 1
  local pid
  pid="$(cat "$pidfile")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "$pid"
  else
    rm -f "$pidfile" # left by a server that died: not ours to wait for
    return 1
  fi
}

# True when a Bolt server answers the handshake on the port (magic 0x6060B017, then 4 proposed versions:
# 5.0-5.4 and 4.4); the server replies with the 4-byte version it picked, all zeros meaning none.
bolt_answers() {
  local reply
  reply="$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x60\x60\xb0\x17\x00\x04\x04\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1 | tr -d " \n"' _ "$port" 2>/dev/null)" || return 1
  [[ -n "$reply" && "$reply" != "00000000" ]]
}

port_in_use() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$port" 2>/dev/null; }

fetch_jars() {
  local stamp
  stamp="$(sha256sum "$pom" | cut -d' ' -f1)"
  if [[ -f "$lib/.pom.sha256" && "$(cat "$lib/.pom.sha256")" == "$stamp" ]]; then
    return
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is not installed. Install it (apt-get install maven) and retry."
  say "fetching Neo4j Community from Maven Central into $lib (once)"
  rm -rf "$lib.tmp"
  if ! mvn -B -q -f "$pom" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib.tmp" \
    >"$home/maven.log" 2>&1; then
    rm -rf "$lib.tmp"
    tail -n 20 "$home/maven.log" >&2
    die "Maven could not fetch org.neo4j:neo4j (log: $home/maven.log). Check access to Maven Central and retry."
  fi
  rm -rf "$lib"
  mv "$lib.tmp" "$lib"
  echo "$stamp" >"$lib/.pom.sha256"
}

compile_launcher() {
  local class="$classes/GeokgNeo4jServer.class"
  if [[ -f "$class" && "$class" -nt "$src" && "$class" -nt "$lib/.pom.sha256" ]]; then
    return
  fi
  command -v javac >/dev/null || die "javac is not installed. Install a JDK 17 (apt-get install openjdk-17-jdk-headless) and retry."
  mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$lib/*" "$src" || die "javac failed on $src. Fix the launcher and retry."
}

start() {
  local pid
  if pid="$(running_pid)"; then
    if bolt_answers; then
      say "already running (pid $pid) on bolt://127.0.0.1:$port"
      return
    fi
    die "a server (pid $pid) is starting or hung. Run 'bash scripts/neo4j.sh stop' and start again."
  fi
  if port_in_use; then
    die "port $port on 127.0.0.1 is taken by another program. Stop it or set NEO4J_PORT to a free port."
  fi
  command -v java >/dev/null || die "java is not installed. Install a JDK 17 (apt-get install openjdk-17-jdk-headless) and retry."
  mkdir -p "$home"
  fetch_jars
  compile_launcher

  local started=$SECONDS timeout="${NEO4J_START_TIMEOUT:-180}"
  : >"$log"
  # Flags from Neo4j's own neo4j.conf for Java 17, except the collector: batched writes allocate fast, and
  # on 2 cores G1's pauses took 3-4x the time of ParallelGC's (scripts/bench-neo4j.ts). The heap is fixed
  # (-Xms = -Xmx, as Neo4j recommends) and 2g rather than 1g: a push's transaction state is short-lived, and
  # the larger young generation halved the collections and their time in the benchmark. The page cache
  # (launcher default 64 MiB, set here to 512) holds the store of a 200,000-relationship push: with 64 MiB and
  # a 1g heap, its node and relationship phases cost the server about 1.4x the CPU. The password travels in
  # the environment, never in argv.
  local heap="${GEOKG_NEO4J_HEAP:-2g}"
  (
    cd "$home"
    # shellcheck disable=SC2086 # GEOKG_NEO4J_JAVA_OPTS is a list of flags
    GEOKG_NEO4J_HOME="$home" GEOKG_NEO4J_PAGECACHE_MB="${GEOKG_NEO4J_PAGECACHE_MB:-512}" \
      exec nohup java -Xms"$heap" -Xmx"$heap" -XX:+UseParallelGC ${GEOKG_NEO4J_JAVA_OPTS:-} \
      -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow \
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
      -Dio.netty.tryReflectionSetAccessible=true -Djdk.attach.allowAttachSelf=true \
      -cp "$classes:$lib/*" GeokgNeo4jServer >>"$log" 2>&1 </dev/null
  ) &
  pid=$!
  echo "$pid" >"$pidfile"

  until grep -q 'geokg neo4j: ready' "$log" && bolt_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pidfile"
      echo "--- last lines of $log ---" >&2
      tail -n 40 "$log" >&2
      die "the server exited during start-up. Read $log and $home/logs/debug.log, fix the cause and retry."
    fi
    if ((SECONDS - started > timeout)); then
      echo "--- last lines of $log ---" >&2
      tail -n 40 "$log" >&2
      kill -TERM "$pid" 2>/dev/null || true
      rm -f "$pidfile"
      die "Bolt did not answer on 127.0.0.1:$port within ${timeout}s. Read $home/logs/debug.log, or raise NEO4J_START_TIMEOUT."
    fi
    sleep 0.5
  done
  say "ready on bolt://127.0.0.1:$port (user neo4j, pid $pid) after $((SECONDS - started))s"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    say "not running"
    return
  fi
  kill -TERM "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= 120)); then
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$pidfile"
      die "pid $pid did not shut down within 60s and was killed; the next start will recover the store."
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
  say "stopped (pid $pid)"
}

status() {
  local pid
  if pid="$(running_pid)" && bolt_answers; then
    say "running (pid $pid) on bolt://127.0.0.1:$port"
  elif [[ -n "${pid:-}" ]]; then
    say "pid $pid alive but Bolt does not answer on 127.0.0.1:$port"
    exit 1
  else
    say "not running"
    exit 3
  fi
}

case "${1:-}" in
fetch)
  # Jars and launcher only, for setup on a new machine (scripts/setup.sh).
  mkdir -p "$home"
  fetch_jars
  compile_launcher
  ;;
start) start ;;
stop) stop ;;
restart)
  stop
  start
  ;;
status) status ;;
*) die "usage: bash scripts/neo4j.sh fetch|start|stop|status|restart" ;;
esac
