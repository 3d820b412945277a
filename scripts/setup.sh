#!/usr/bin/env bash
# Installs what geokg needs beyond npm packages on a fresh Debian machine: Chromium for the viewer's
# end-to-end tests, and Neo4j Community's jars from Maven Central for the local server. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "geokg setup: Chromium is missing; install it as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
  echo "geokg setup: installing Chromium (apt)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

bash scripts/neo4j.sh fetch
