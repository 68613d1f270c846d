#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the team-server tests (a CTest fixture):
#   pgcluster.sh start STATE_DIR   initdb + pg_ctl -w start on 127.0.0.1 (a free port) and a Unix
#                                  socket; writes STATE_DIR/url (postgresql://…) for the tests
#   pgcluster.sh stop STATE_DIR    pg_ctl stop -m fast and remove the cluster
#   pgcluster.sh crash STATE_DIR   pg_ctl stop -m immediate (as a crash would; the cluster stays)
#   pgcluster.sh revive STATE_DIR  start it again on the same port (after crash)
# As root the server runs as the postgres user (runuser); its files live in a folder of their
# own under /tmp that that user can reach. Nothing listens beyond 127.0.0.1. Without a server
# installed, start writes no url and exits 0: the tests skip, or fail under CI=true.
set -euo pipefail
cmd=${1:?start|stop|crash|revive}
state=${2:?STATE_DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    rm -f "$state/url"
    mkdir -p "$state"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "no PostgreSQL server installed (apt-get install postgresql-15): team tests skip"
        exit 0
    fi
    if [ -f "$state/cluster" ]; then "$0" stop "$state" || true; fi
    cluster=$(mktemp -d /tmp/crosscheck-pg.XXXXXX)
    echo "$cluster" > "$state/cluster"
    [ "$(id -u)" -ne 0 ] || chown postgres "$cluster"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # A cluster that does not start is shown and removed: nothing half-made stays in /tmp.
    failed() {
        cat "$1" 2>/dev/null || true
        "$0" stop "$state" || true
        exit 1
    }
    as_server "$bin/initdb" -D "$cluster/data" -U crosscheck -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$cluster/initdb.log" 2>&1 || failed "$cluster/initdb.log"
    as_server "$bin/pg_ctl" -D "$cluster/data" -w -t 60 -l "$cluster/server.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c fsync=off" \
        start >/dev/null || failed "$cluster/server.log"
    echo "$port" > "$state/port"
    echo "postgresql://crosscheck@127.0.0.1:$port/postgres" > "$state/url"
    echo "PostgreSQL at $(cat "$state/url") (socket $cluster)"
    ;;
stop)
    [ -f "$state/cluster" ] || exit 0
    cluster=$(cat "$state/cluster")
    if [ -n "$bin" ] && [ -d "$cluster/data" ]; then
        as_server "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$cluster" in /tmp/crosscheck-pg.*) rm -rf "$cluster" ;; esac
    rm -f "$state/cluster" "$state/url" "$state/port"
    ;;
crash)
    cluster=$(cat "$state/cluster")
    as_server "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null
    ;;
revive)
    cluster=$(cat "$state/cluster")
    port=$(cat "$state/port")
    as_server "$bin/pg_ctl" -D "$cluster/data" -w -t 60 -l "$cluster/server.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c fsync=off" \
        start >/dev/null
    ;;
*)
    echo "usage: pgcluster.sh start|stop|crash|revive STATE_DIR" >&2
    exit 2
    ;;
esac
