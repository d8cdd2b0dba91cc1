#!/usr/bin/env bash
# Runs every EventAgents test: installs what the tests need, builds the solution, runs all test projects
# against real services, and ends with one line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

bash scripts/install-test-dependencies.sh
source scripts/start-podman.sh # the container engine (podman serving the Docker API) and the agent runtime image
dotnet build EventAgents.sln -c Release --nologo -clp:ErrorsOnly

log=$(mktemp)
set +e
dotnet test EventAgents.sln -c Release --no-build --nologo --blame-hang-timeout 10m "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
weblog=$(mktemp) # the dashboard: npm ci, codegen check, Vitest, build, end-to-end tests in Chromium against a real server
bash web/test.sh 2>&1 | tee "$weblog"
web_status=${PIPESTATUS[0]}
set -e

passed=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Passed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Failed: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -E '^(Passed|Failed)!' "$log" | grep -oE 'Skipped: +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
read -r web_passed web_failed web_skipped < <(grep -E '^web: [0-9]+ passed' "$weblog" | tail -1 | grep -oE '[0-9]+' | xargs; echo)
passed=$((passed + ${web_passed:-0})); failed=$((failed + ${web_failed:-0})); skipped=$((skipped + ${web_skipped:-0}))
if [ "$web_status" -ne 0 ]; then
  [ "${web_failed:-0}" -eq 0 ] && failed=$((failed + 1)) # web/test.sh failed without counting a test
  [ "$status" -eq 0 ] && status=$web_status
fi
rm -f "$log" "$weblog"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run itself failed (a crash or a hang), not a counted test
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
