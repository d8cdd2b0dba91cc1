#!/usr/bin/env bash
# Installs the services and tools the tests use, from Debian's packages, where they are missing.
# The tests start the services themselves (each test process gets its own PostgreSQL cluster; the RabbitMQ
# tests start rabbitmq-server when it is not running).
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v chromium >/dev/null 2>&1 || missing+=(chromium) # the dashboard's end-to-end tests (web/e2e)
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap) # the local runner's sandbox
command -v setfacl >/dev/null 2>&1 || missing+=(acl) # lets the sandbox user write in workspaces it does not own
command -v slirp4netns >/dev/null 2>&1 || missing+=(slirp4netns) # the network of a step that may use one

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
