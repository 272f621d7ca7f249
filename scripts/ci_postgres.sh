#!/usr/bin/env bash
# CI, PostgreSQL half: the whole test suite again, each test on its own fresh PostgreSQL
# database in a throwaway cluster (127.0.0.1, random port, deleted afterwards).
#
#   scripts/ci_postgres.sh [PYTEST ARGS...]      exit code: pytest's
#
# Installs Debian's postgresql package when no initdb is found (needs root). Uses the
# project's .venv when there is one (as .ci/run makes it), else python3 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

have_initdb() {
    command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

if ! have_initdb; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "ci_postgres: PostgreSQL is not installed and this is not root; install the" \
             "postgresql package first" >&2
        exit 2
    fi
    echo "ci_postgres: installing postgresql from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

python=python3
[[ -x .venv/bin/python ]] && python=.venv/bin/python

# Without psycopg every test would be skipped and the run would look green.
"$python" -c "import psycopg" 2>/dev/null || {
    echo "ci_postgres: psycopg is not installed in $python (pip install -e '.[test]')" >&2
    exit 2
}

cluster=$(mktemp -d /tmp/factrack-ci-pg.XXXXXX)
cleanup() { scripts/pg_cluster.sh stop "$cluster" || true; }
trap cleanup EXIT INT TERM

started=$(scripts/pg_cluster.sh start "$cluster")
url=$(sed -n 's/^export FACTRACK_TEST_PG_URL=//p' <<<"$started")
echo "ci_postgres: cluster at ${url} (${cluster})" >&2

"$python" -c 'import sys, psycopg; psycopg.connect(sys.argv[1]).close()' "$url" \
    || { echo "ci_postgres: cannot connect to $url" >&2; exit 2; }

status=0
FACTRACK_TEST_BACKEND=postgresql FACTRACK_TEST_PG_URL="$url" \
    "$python" -m pytest -q "$@" || status=$?
exit "$status"
