#!/usr/bin/env bash
# The main job: the Discord bot when DISCORD_TOKEN is set (environment or .env), otherwise a terminal
# chat over the bundled corpus. Any arguments are passed to planbot (e.g. ./run.sh ask "who owns ...").
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/python -m bot "$@"
