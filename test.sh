#!/usr/bin/env bash
# All the tests. Arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/python -m pytest "$@"
