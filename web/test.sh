#!/usr/bin/env bash
# The dashboard's tests: npm ci, codegen check, Vitest, the production build (prints the bundle size), then the
# end-to-end tests in Chromium against a real server (the host built with dotnet, a temporary EVENTAGENTS_HOME with
# its own embedded PostgreSQL, the sample project seeded, a free port), stopped afterwards.
# Ends with one line: "web: N passed, N failed, N skipped" (Vitest and end-to-end tests together).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
repo="$(cd .. && pwd)"
work="$(mktemp -d)"
server_pid=""
vitest_passed=0 vitest_failed=0 vitest_skipped=0 e2e_passed=0 e2e_failed=0 e2e_skipped=0 broken=0

finish() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null # (a background job ignores SIGINT)
    for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$server_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap finish EXIT

step() { echo "== web: $*"; }

step "npm ci"
npm ci --no-audit --no-fund --loglevel=error || broken=1

if [ "$broken" -eq 0 ]; then
  step "codegen check"
  npm run --silent codegen:check || broken=1

  step "vitest"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$work/vitest.json"
  if [ -f "$work/vitest.json" ]; then
    read -r vitest_passed vitest_failed vitest_skipped < <(node -e '
      const r = require(process.argv[1]);
      console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), r.numPendingTests + r.numTodoTests);' "$work/vitest.json")
  else
    broken=1
  fi

  step "production build"
  npm run --silent build || broken=1
fi

# E2E_HOST_DLL: an eventagents.dll built elsewhere (development); by default the host is built here.
if [ "$broken" -eq 0 ] && [ -z "${E2E_HOST_DLL:-}" ]; then
  step "end-to-end: build and start the server"
  if ! dotnet build "$repo/src/Host/EventAgents.Host.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly > "$work/host-build.log" 2>&1; then
    cat "$work/host-build.log"
    broken=1
  fi
fi

if [ "$broken" -eq 0 ]; then
  dll="${E2E_HOST_DLL:-$repo/src/Host/bin/Release/net10.0/eventagents.dll}"
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  export EVENTAGENTS_HOME="$work/home" EVENTAGENTS_WEB_ROOT="$PWD/dist"
  if ! dotnet "$dll" seed-sample > "$work/seed.log" 2>&1; then
    cat "$work/seed.log"
    broken=1
  else
    dotnet "$dll" up --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
      curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && [ -s "$EVENTAGENTS_HOME/api-key" ] && break
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.5
    done
    if ! curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1; then
      echo "The server did not come up:"; cat "$work/server.log"
      broken=1
    fi
  fi
fi

if [ "$broken" -eq 0 ]; then
  step "end-to-end tests"
  E2E_BASE_URL="http://127.0.0.1:$port" E2E_API_KEY="$(cat "$EVENTAGENTS_HOME/api-key")" node e2e/run.mjs | tee "$work/e2e.log"
  counts="$(grep -E '^e2e: [0-9]+ passed' "$work/e2e.log" | tail -1)"
  if [ -n "$counts" ]; then
    read -r e2e_passed e2e_failed e2e_skipped < <(echo "${counts#e2e: }" | grep -oE '[0-9]+' | xargs)
  else
    broken=1
  fi
  if [ "$e2e_failed" -gt 0 ]; then
    echo "Server log (last 40 lines):"; tail -40 "$work/server.log"
  fi
fi

passed=$((vitest_passed + e2e_passed))
failed=$((vitest_failed + e2e_failed + broken))
skipped=$((vitest_skipped + e2e_skipped))
echo "web: vitest $vitest_passed passed, $vitest_failed failed, $vitest_skipped skipped; e2e $e2e_passed passed, $e2e_failed failed, $e2e_skipped skipped"
echo "web: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
