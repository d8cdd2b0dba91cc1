#!/usr/bin/env bash
# Prints a hash of everything that goes into the agent runtime image (the agent's project and the projects it
# references, the Dockerfile, the build settings), to tell whether the image is current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

projects=(src/AgentHost/EventAgents.AgentHost.csproj)
seen=()
while [ ${#projects[@]} -gt 0 ]; do
  project="${projects[0]}"; projects=("${projects[@]:1}")
  dir=$(dirname "$project")
  case " ${seen[*]-} " in *" $dir "*) continue ;; esac
  seen+=("$dir")
  for reference in $(grep -o 'ProjectReference Include="[^"]*"' "$project" | sed 's/.*Include="\(.*\)"/\1/' | tr '\\' '/'); do
    projects+=("$(realpath --relative-to=. "$dir/$reference")")
  done
done
{
  for dir in "${seen[@]}"; do
    find "$dir" \( -name obj -o -name bin \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' \) -print
  done
  echo Dockerfile.agent-runtime Directory.Build.props Directory.Packages.props scripts/build-agent-runtime.sh | tr ' ' '\n'
} | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16
