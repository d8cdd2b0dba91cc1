#!/usr/bin/env bash
# Prints a hash of everything that goes into the agent runtime image, to tell whether the image is current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
{
  find src/AgentHost \( -name obj -o -name bin \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' \) -print
  echo Dockerfile.agent-runtime Directory.Build.props Directory.Packages.props scripts/build-agent-runtime.sh | tr ' ' '\n'
} | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16
