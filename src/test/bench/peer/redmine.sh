#!/usr/bin/env bash
# Peer benchmark (issue 14): Redmine (Debian 12 package) against the tracker on the same items.
# One command: installs Redmine when missing, loads the data, starts both, measures, writes docs/benchmarks.md (part "peer").
# Needs root (apt-get, the postgres user). Options: SIZES="1000 10000" N=30 (requests per figure).
# Never part of ./mvnw verify.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
SIZES=${SIZES:-"1000 10000"}
export N=${N:-30}
WORK="$ROOT/target/peer"
RESULTS="$WORK/results.json"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
REDMINE_DIR=/usr/share/redmine
PIDS=()
mkdir -p "$WORK"
rm -f "$RESULTS"

log() { echo "$(date -u +%H:%M:%S) $*"; }
psql_su() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url, seconds, log file, pid
    for _ in $(seq 1 "$2"); do
        if curl -fs -o /dev/null "$1"; then return 0; fi
        kill -0 "$4" 2>/dev/null || break
        sleep 1
    done
    echo "no answer from $1 after $2 s; last lines of $3:" >&2; tail -30 "$3" >&2; return 1
}
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "run as root (apt-get, runuser postgres)" >&2; exit 1; }

# --- PostgreSQL 15 and Redmine from Debian --------------------------------------------------------
pg_ctlcluster 15 main start 2>/dev/null || true
pg_isready -q || { echo "PostgreSQL 15 does not answer" >&2; exit 1; }
if [ ! -d "$REDMINE_DIR" ]; then
    log "installing redmine + redmine-pgsql"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redmine redmine-pgsql >"$WORK/apt.log" 2>&1
fi
# Debian ships no Puma/Passenger for the bundle; WEBrick is there but not in Redmine's Gemfile
grep -qs webrick "$REDMINE_DIR/Gemfile.local" || echo 'gem "webrick"' >>"$REDMINE_DIR/Gemfile.local"
export RAILS_ENV=production X_DEBIAN_SITEID=default
RM_DB=$(awk '/database:/ {print $2; exit}' /etc/redmine/default/database.yml)

log "configuring Redmine (REST API, statuses, workflow, projects)"
(cd "$REDMINE_DIR" && bin/rails runner "$HERE/redmine_setup.rb" $SIZES) >"$WORK/redmine-setup.txt" 2>"$WORK/redmine-setup.err" \
    || { cat "$WORK/redmine-setup.err" >&2; exit 1; }
set -a; . <(grep -E '^[A-Z_0-9]+=' "$WORK/redmine-setup.txt"); set +a

RM_PORT=$(free_port)
log "starting Redmine (WEBrick) on $RM_PORT"
(cd "$REDMINE_DIR" && exec bin/rails server -u webrick -e production -p "$RM_PORT" -b 127.0.0.1 -P "$WORK/redmine.pid") \
    >"$WORK/redmine.log" 2>&1 &
PIDS+=($!)
export REDMINE="http://127.0.0.1:$RM_PORT"
wait_http "$REDMINE/projects" 180 "$WORK/redmine.log" "${PIDS[-1]}"

# --- the tracker's packaged jar (extracted; no Spring AOT: its bean graph is fixed at build time to the
# embedded PostgreSQL, and here the tracker uses the same external PostgreSQL 15 as Redmine) ---------------------------------------------------------------------
if [ ! -f "$ROOT/target/app/tsag-tracker.jar" ]; then
    log "packaging the tracker"
    (cd "$ROOT" && JAVA_HOME=$JAVA_HOME ./mvnw -B -o -DskipTests package >"$WORK/package.log" 2>&1)
fi
psql_su -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'peer_tracker') THEN
            CREATE ROLE peer_tracker LOGIN PASSWORD 'peer_tracker'; END IF; END \$\$"
TOKEN="tsag_peer_benchmark_$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
export TOKEN
ADMIN_PASSWORD="Peer-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
TOKEN_HASH=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)

for SIZE in $SIZES; do
    DB="peer_tracker_$SIZE"
    PROJECT_VAR="PROJECT_$SIZE"; PROJECT_ID=${!PROJECT_VAR}
    psql_su -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER peer_tracker"
    TR_PORT=$(free_port)
    log "starting the tracker with --demo-scale=$SIZE on $TR_PORT (database $DB)"
    (cd "$ROOT/target/app" && exec env TRACKER_ADMIN_EMAIL=peer@bench.local TRACKER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=peer_tracker \
        SPRING_DATASOURCE_PASSWORD=peer_tracker \
        "$JAVA_HOME/bin/java" -jar tsag-tracker.jar \
        --server.port="$TR_PORT" --tracker.data-dir="$WORK/data-$SIZE" --tracker.demo.mode=on \
        --demo-scale="$SIZE" --tracker.notify.enabled=false) >"$WORK/tracker-$SIZE.log" 2>&1 &
    TR_PID=$!
    PIDS+=($TR_PID)
    export TRACKER="http://127.0.0.1:$TR_PORT"
    wait_http "$TRACKER/login" 600 "$WORK/tracker-$SIZE.log" "$TR_PID"
    psql_su -d "$DB" -c "INSERT INTO api_token (user_id, name, token_hash, prefix)
        SELECT id, 'peer benchmark', '$TOKEN_HASH', 'tsag_peer' FROM app_user WHERE email = 'peer@bench.local'"
    # freshly generated rows: give the planner statistics now, as done for Redmine's issues below
    psql_su -d "$DB" -c "ANALYZE"

    log "copying the $SIZE synthetic items into Redmine project peer-$SIZE"
    psql_su -d "$DB" -c "COPY (SELECT i.code, i.title, i.description, i.due_date, coalesce(i.current_status, 'NOT_STARTED')
        FROM action_item i JOIN action_plan p ON p.id = i.plan_id WHERE p.code = 'SYN' ORDER BY i.position) TO STDOUT CSV" \
        >"$WORK/items-$SIZE.csv"
    [ "$(wc -l <"$WORK/items-$SIZE.csv")" -eq "$SIZE" ] || { echo "expected $SIZE items in $DB" >&2; exit 1; }
    psql_su -d "$RM_DB" -c "DELETE FROM issues WHERE project_id = $PROJECT_ID" \
        -c "CREATE TEMP TABLE peer_item (code text, title text, description text, due date, status text)" \
        -c "COPY peer_item FROM STDIN CSV" -c "
INSERT INTO issues (tracker_id, project_id, subject, description, due_date, status_id, author_id, priority_id,
                    lock_version, created_on, updated_on, start_date, done_ratio, is_private, lft, rgt, closed_on)
SELECT $TRACKER_ID, $PROJECT_ID, left(title, 255), description, due,
       CASE status WHEN 'IN_PROGRESS' THEN $STATUS_IN_PROGRESS WHEN 'ONGOING' THEN $STATUS_ONGOING
                   WHEN 'COMPLETED' THEN $STATUS_COMPLETED WHEN 'DEFERRED' THEN $STATUS_DEFERRED
                   ELSE $STATUS_NOT_STARTED END,
       $ADMIN_ID, $PRIORITY_ID, 0, now(), now(), date '2025-01-15', 0, false, 1, 2,
       CASE status WHEN 'COMPLETED' THEN now() END
FROM peer_item" -c "UPDATE issues SET root_id = id WHERE root_id IS NULL" -c "ANALYZE issues" <"$WORK/items-$SIZE.csv"
    log "measuring $SIZE items, N=$N"
    python3 "$HERE/measure.py" run "$SIZE" "$RESULTS" | tee -a "$WORK/measure.log"
    kill "$TR_PID"; wait "$TR_PID" 2>/dev/null || true
done

# --- the report -------------------------------------------------------------------------------------
{
    echo "- date: $(date -u +%Y-%m-%dT%H:%M:%S) UTC"
    echo "- CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), \`nproc\` = $(nproc)"
    echo "- load average at the end of the run (other work on the machine): $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- memory: $(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo) MB total"
    echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
    echo "- Redmine: $(dpkg-query -W -f '${Version}' redmine) (Debian package), $(ruby -v | cut -d' ' -f1-2), Rails $(cd "$REDMINE_DIR" && bin/rails runner 'print Rails.version' 2>/dev/null), WEBrick $(ruby -rwebrick -e 'print WEBrick::VERSION'), production environment"
    echo "- tracker: $(cd "$ROOT" && git rev-parse --short HEAD) ($(cd "$ROOT" && git log -1 --format=%cs)), $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
    echo "- PostgreSQL (both): $(psql_su -c 'SHOW server_version') (Debian), default settings"
    echo "- client: Python $(python3 -c 'import platform; print(platform.python_version())') \`http.client\`, one connection per request"
} >"$WORK/machine.txt"
python3 "$HERE/measure.py" doc "$RESULTS" "$ROOT/docs/benchmarks.md" "$WORK/machine.txt"
log "wrote the peer part of docs/benchmarks.md"
