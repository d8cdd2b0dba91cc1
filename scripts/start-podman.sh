#!/usr/bin/env bash
# Makes the Docker-compatible engine the container tests use ready, idempotently: installs podman, runc, debootstrap
# and socat when missing, writes /etc/containers/containers.conf (runc, and ulimits this sandbox allows: crun and the
# default ulimits fail here), starts `podman system service` on unix:///run/podman/podman.sock unless it answers,
# and builds the agent runtime image when it is missing or older than the agent's sources.
# Source it to get EVENTAGENTS_DOCKER_HOST exported; the tests fall back to the same fixed socket path.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
socket=/run/podman/podman.sock
image="${EVENTAGENTS_AGENT_IMAGE:-eventagents-agent-runtime:latest}"

missing=()
command -v podman >/dev/null 2>&1 || missing+=(podman)
command -v runc >/dev/null 2>&1 || [ -x /usr/sbin/runc ] || missing+=(runc)
command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || missing+=(debootstrap)
command -v socat >/dev/null 2>&1 || missing+=(socat) # the TLS endpoint in front of the engine in Engine.Tests (EngineEndpointTests)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p /etc/containers /run/podman
if ! grep -qs 'runtime = "runc"' /etc/containers/containers.conf; then
  cat > /etc/containers/containers.conf <<'CONF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]

[engine]
runtime = "runc"
CONF
fi

if ! curl -sf --max-time 5 --unix-socket "$socket" http://localhost/_ping >/dev/null 2>&1; then
  rm -f "$socket"
  nohup podman system service --time=0 "unix://$socket" >/tmp/eventagents-podman-service.log 2>&1 &
  for _ in $(seq 1 100); do
    curl -sf --max-time 2 --unix-socket "$socket" http://localhost/_ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -sf --max-time 5 --unix-socket "$socket" http://localhost/_ping >/dev/null \
    || { echo "podman system service did not start; see /tmp/eventagents-podman-service.log" >&2; exit 1; }
fi

hash=$(bash "$repo/scripts/agent-source-hash.sh")
current=$(podman image inspect "$image" --format '{{ index .Labels "eventagents.agent-hash" }}' 2>/dev/null || true)
if [ "$current" != "$hash" ]; then
  bash "$repo/scripts/build-agent-runtime.sh" "$image"
fi

export EVENTAGENTS_DOCKER_HOST="unix://$socket"
