#!/usr/bin/env bash
# Builds the agent runtime image (Dockerfile.agent-runtime) with podman: Debian bookworm with git, bash, coreutils,
# ca-certificates and the published agent (src/AgentHost).
#
# Images cannot be pulled here (no registry), so the base image is made from a root file system:
# `debootstrap --variant=minbase --include=git,ca-certificates bookworm` from the Debian mirror, imported with
# `podman import` as eventagents-bookworm-base:latest, once (about a minute).
#
# The .NET runtime inside the image: the agent is published self-contained for linux-x64
# (`dotnet publish -r linux-x64 --self-contained`): the runtime pack restores from the NuGet registry, so the image
# needs no dotnet install and no copy of the host's runtime. InvariantGlobalization is on (Directory.Build.props), so
# no libicu is needed; libssl3, libstdc++6 and zlib come with the base.
#
# The image carries the label eventagents.agent-hash, a hash of the agent's sources; scripts/start-podman.sh rebuilds
# when it differs. Usage: scripts/build-agent-runtime.sh [image-name]   (default eventagents-agent-runtime:latest)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

image="${1:-${EVENTAGENTS_AGENT_IMAGE:-eventagents-agent-runtime:latest}}"
base="${EVENTAGENTS_BASE_IMAGE:-eventagents-bookworm-base:latest}"
mirror="${EVENTAGENTS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if ! podman image exists "$base"; then
  command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
  rootfs=$(mktemp -d /tmp/eventagents-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  echo "Making the base image $base with debootstrap (bookworm, minbase)..."
  debootstrap --variant=minbase --include=git,ca-certificates bookworm "$rootfs" "$mirror" >/dev/null
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$base" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

hash=$(bash scripts/agent-source-hash.sh)
context=$(mktemp -d /tmp/eventagents-image.XXXXXX)
trap 'rm -rf "$context"' EXIT
echo "Publishing the agent (self-contained, linux-x64)..."
# The artifacts path keeps this publish's obj/ and bin/ out of the work tree, where other builds run.
dotnet publish src/AgentHost/EventAgents.AgentHost.csproj -c Release -r linux-x64 --self-contained true \
  --artifacts-path "$context/artifacts" -o "$context/agent" --nologo -v quiet -clp:ErrorsOnly
rm -f "$context"/agent/*.pdb
cp Dockerfile.agent-runtime "$context/Dockerfile"
echo "Building $image on $base..."
log="$context/build.log"
if ! podman build --build-arg "BASE=$base" --label "eventagents.agent-hash=$hash" -t "$image" -f "$context/Dockerfile" "$context" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
# The image this build replaced is left untagged: drop it (only images of this script carry the label).
podman image prune -f --filter label=eventagents.agent-hash >/dev/null 2>&1 || true
echo "Built $image"
