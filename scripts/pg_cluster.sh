#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trying factrack on a team database.
#
#   scripts/pg_cluster.sh start [DIR]   initdb + start in DIR (default: a new mktemp dir);
#                                      prints `export FACTRACK_TEST_PG_URL=...` and DIR
#   scripts/pg_cluster.sh stop DIR      stop the cluster and delete DIR
#
# The cluster listens only on 127.0.0.1, on a random free port, with trust authentication
# (nobody else can reach it), and no fsync (it holds nothing worth keeping). initdb refuses
# to run as root, so as root the cluster is owned by the `postgres` OS user (created by
# Debian's package) and every server command runs as that user.
set -euo pipefail

find_bin() {
    local name=$1 found
    if found=$(command -v "$name" 2>/dev/null); then echo "$found"; return; fi
    found=$(ls -1d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $found ]] || { echo "pg_cluster: $name not found (apt-get install postgresql)" >&2; exit 2; }
    echo "$found"
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "${PG_OS_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    local dir=${1:-$(mktemp -d /tmp/factrack-pg.XXXXXX)}
    local initdb pg_ctl port user
    initdb=$(find_bin initdb)
    pg_ctl=$(find_bin pg_ctl)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        id "${PG_OS_USER:-postgres}" >/dev/null 2>&1 \
            || useradd --system --no-create-home "${PG_OS_USER:-postgres}"
        chown "${PG_OS_USER:-postgres}" "$dir"
        chmod 700 "$dir"
        user=${PG_OS_USER:-postgres}
    else
        user=$(id -un)
    fi
    port=$(free_port)
    as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=200" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "export FACTRACK_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "# cluster dir: $dir (owner $user); stop with: $0 stop $dir"
}

stop() {
    local dir=${1:?usage: pg_cluster.sh stop DIR}
    local pg_ctl
    pg_ctl=$(find_bin pg_ctl)
    if [[ -f $dir/data/postmaster.pid ]]; then
        as_owner "$pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case ${1:-} in
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
