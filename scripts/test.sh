#!/usr/bin/env bash
# The README's test command (`pnpm test`): unit, integration (a real Neo4j that this script starts and
# stops, unless NEO4J_URI points at one) and end-to-end viewer tests (real Chromium), in one vitest run.
# Ends with the plain line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium and Neo4j's jars, installed on first use (a no-op once they are there).
bash scripts/setup.sh

if [ -z "${NEO4J_URI:-}" ]; then
  bash scripts/neo4j.sh start
  trap 'bash scripts/neo4j.sh stop' EXIT
fi

mkdir -p .tmp
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit "$status"
