#!/usr/bin/env bash
# Issue 18, scale-out shown on one machine, on loopback: a MariaDB primary with a replica, two application nodes
# (production jar, mysql profile) behind HAProxy with cookie affinity, the load test (-Pload) through the balancer,
# node2 drained and stopped gracefully mid-run and started again (a rolling restart), then node1 killed (a crash), the
# scheduled jobs' lock across nodes, then everything torn down.
#
#   docs/scale-out/run.sh            (from the repository root or anywhere; needs haproxy, socat, mariadb-server,
#                                     JDK 21+)
#
# Environment: LOAD_USERS (40), LOAD_SECONDS (480), DEMO_CLIENTS (2000), JAR (skip the build), KEEP=1 keeps the temp
# directory.
# Ports: primary 3316, replica 3317, nodes 8091 and 8092, balancer 8090. It never touches the MariaDB at 3306: the
# replica needs the primary's binary log, and switching that on at 3306 means restarting it with other global
# settings, which the shared server's other users (the 1M benchmark) must not see. So this script runs its own
# primary as well, in a temp directory, with its own database "scaleout".
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/clientele-scaleout.XXXXXX)"
PRIMARY=3316
REPLICA=3317
NODE_PORTS=(8091 8092)
LB=8090
USERS="${LOAD_USERS:-40}"
SECONDS_RUN="${LOAD_SECONDS:-480}"
DEMO_CLIENTS="${DEMO_CLIENTS:-2000}"
JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 2>/dev/null || true)}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH" VAADIN_USAGE_STATS_ENABLED=false
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log"; }

teardown() {
    log "tearing down"
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    cp "$WORK/run.log" "$ROOT/target/scale-out-run.log" 2>/dev/null || true
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap teardown EXIT

sql() { local port=$1; shift; mysql --protocol=socket -S "$WORK/db$port.sock" -uroot -N -B -e "$*"; }

start_db() { # port server-id extra-options...
    local port=$1 id=$2; shift 2
    mariadb-install-db --no-defaults --datadir="$WORK/db$port" --auth-root-authentication-method=normal \
        --skip-test-db --user="$(id -un)" > "$WORK/install$port.log" 2>&1
    mariadbd --no-defaults --datadir="$WORK/db$port" --port="$port" --bind-address=127.0.0.1 \
        --socket="$WORK/db$port.sock" --pid-file="$WORK/db$port.pid" --user="$(id -un)" --server-id="$id" \
        --innodb-buffer-pool-size=256M --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        "$@" > "$WORK/db$port.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 60); do sql "$port" "select 1" > /dev/null 2>&1 && return 0; sleep 1; done
    log "MariaDB on $port did not start"; cat "$WORK/db$port.log"; exit 1
}

log "work directory $WORK; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Primary (binary log on) and replica (read-only), replicating by GTID from the primary's first event.
start_db "$PRIMARY" 1 --log-bin="$WORK/db$PRIMARY/bin" --binlog-format=ROW
start_db "$REPLICA" 2 --read-only=1 --relay-log="$WORK/db$REPLICA/relay"
sql "$PRIMARY" "create user 'repl'@'%' identified by 'repl'; grant replication slave on *.* to 'repl'@'%';
    create user 'clientele'@'%' identified by 'clientele';
    create database scaleout character set utf8mb4 collate utf8mb4_unicode_ci;
    grant all on scaleout.* to 'clientele'@'%';"
sql "$REPLICA" "set global gtid_slave_pos = '';
    change master to master_host = '127.0.0.1', master_port = $PRIMARY, master_user = 'repl',
        master_password = 'repl', master_use_gtid = slave_pos;
    start slave;"
sleep 2
log "replica: $(mysql -S "$WORK/db$REPLICA.sock" -uroot -e "show slave status\G" | grep -E 'Slave_(IO|SQL)_Running:' | tr -s ' ' | paste -sd' ')"

# 2. The production jar, built once.
cd "$ROOT"
if [ -z "${JAR:-}" ]; then
    log "building the production jar"
    ./mvnw -B -ntp -q package -DskipTests -Dspotbugs.skip=true -Dspotless.check.skip=true > "$WORK/build.log" 2>&1 \
        || { tail -40 "$WORK/build.log"; exit 1; }
    JAR="$(ls target/clientele-*.jar | grep -v original | head -1)"
fi
log "jar $JAR"

# 3. Two nodes on the primary, reports from the replica. A job every 10 s (reminder mails) with its lock kept 5 s,
#    ShedLock's decisions logged, to count how often each tick ran. Node 1 first: it migrates and seeds the demo.
DB_URL_PARAMS="useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
start_node() { # index [log name]
    local port=${NODE_PORTS[$1]} name="node$(( $1 + 1 ))" out="${2:-node$(( $1 + 1 ))}"
    CLIENTELE_DB_URL="jdbc:mysql://127.0.0.1:$PRIMARY/scaleout?$DB_URL_PARAMS" CLIENTELE_DB_USER=clientele \
        CLIENTELE_DB_PASSWORD=clientele java -Xmx768m -jar "$JAR" --spring.profiles.active=mysql,mariadb \
        --server.port="$port" --clientele.node-name="$name" \
        --clientele.reporting.datasource.url="jdbc:mysql://127.0.0.1:$REPLICA/scaleout?$DB_URL_PARAMS" \
        --clientele.reporting.datasource.username=clientele --clientele.reporting.datasource.password=clientele \
        --clientele.demo.enabled=true --clientele.demo.clients="$DEMO_CLIENTS" \
        --clientele.reminders.mail-cron='*/10 * * * * *' --clientele.jobs.lock-at-least-for=PT5S \
        --logging.level.net.javacrumbs.shedlock=debug \
        > "$WORK/$out.log" 2>&1 &
    PIDS+=($!)
    NODE_PID[$1]=$!
    for _ in $(seq 1 300); do
        grep -q "Started Application" "$WORK/$out.log" && { log "$name up on $port ($(grep -o 'Started Application in [0-9.]* seconds' "$WORK/$out.log"))"; return 0; }
        kill -0 "${NODE_PID[$1]}" 2>/dev/null || { tail -40 "$WORK/$out.log"; exit 1; }
        sleep 1
    done
    log "$name did not start"; tail -40 "$WORK/$out.log"; exit 1
}
declare -a NODE_PID
start_node 0
start_node 1
BOTH_UP="$(date -u +%H:%M:%S)"

# 4. HAProxy: round robin for new users, then the SRV cookie keeps each on its node; a dead node's users are sent
#    to the other (redispatch), where their session is unknown and they log in again. The health check asks the
#    node's readiness (/actuator/health/readiness, no login needed): a node shutting down refuses it. The admin
#    socket lets the script put a node in "drain" (no new users, its own users stay) and back to "ready".
cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
    stats socket $WORK/haproxy.sock mode 600 level admin
defaults
    mode http
    timeout connect 2s
    timeout client 90s
    timeout server 90s
    # A check's answer may take a few seconds on a loaded machine (a node's first request, a login wave); a node that
    # is gone or shutting down refuses the connection at once, so this does not slow noticing it.
    timeout check 5s
    option redispatch
    retries 2
    # A node shutting down gracefully closes the kept-alive connections HAProxy would reuse; a request sent on one
    # as it closes gets no answer at all (it never reached the application) and would be a 502. Such requests, those
    # refused a connection, and those a crashed node never answered are sent again, the last try to the other node
    # (redispatch), where the session is unknown: never applied twice (and Vaadin's UIDL requests carry a sequence
    # number, so a repeated one is recognised).
    retry-on conn-failure empty-response
frontend web
    bind 127.0.0.1:$LB
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SRV insert indirect nocache
    option httpchk
    http-check send meth GET uri /actuator/health/readiness
    http-check expect status 200
    server node1 127.0.0.1:${NODE_PORTS[0]} check inter 1s fall 2 rise 2 cookie node1
    server node2 127.0.0.1:${NODE_PORTS[1]} check inter 1s fall 2 rise 2 cookie node2
CFG
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 1
hap() { echo "$*" | socat stdio "unix-connect:$WORK/haproxy.sock"; }
# A server's line of "show stat": name, status (UP, DOWN, DRAIN, MAINT), current sessions, sessions so far.
hap_server() { hap "show stat" | awk -F, -v s="$1" '$1 == "nodes" && $2 == s {print s, $18, "scur=" $5, "stot=" $8}'; }
# Its errors: connection errors, response errors, retries and redispatches to the other node so far.
hap_errors() { hap "show stat" | awk -F, -v s="$1" '$1 == "nodes" && $2 == s {print s, "econ=" $14, "eresp=" $15, "wretr=" $16, "wredis=" $17}'; }
sleep 3 # the first checks: a node's first answer can be slow
for _ in $(seq 1 30); do [ "$( (hap_server node1; hap_server node2) | grep -c ' UP ')" = 2 ] && break; sleep 1; done
log "balancer: $(hap_server node1); $(hap_server node2)"

# 5. Jobs once across nodes, both up: 60 s of 10-second ticks.
log "both nodes up; watching the reminder-mail job for 60 s"
sleep 60
# Each decision as "HH:MM:S node ran|skipped" (the ten-second tick from the log line's own time), both nodes up.
TICKS_LOG="$(for n in node1 node2; do
    grep -h "Locked 'reminder-mails'\|Not executing 'reminder-mails'" "$WORK/$n.log" \
        | sed -E "s/^[0-9-]+T([0-9:]{7}).*(Locked|Not executing).*/\1 $n \2/"
done | awk -v from="${BOTH_UP:0:7}" '$1 > from' | sort)"
echo "$TICKS_LOG" > "$WORK/ticks.log"
for n in node1 node2; do
    log "$n: ran reminder-mails $(grep -c "$n Locked" <<< "$TICKS_LOG" || true) times, skipped it $(grep -c "$n Not" <<< "$TICKS_LOG" || true) times"
done
TICKS=$(awk '{print $1}' <<< "$TICKS_LOG" | sort -u | wc -l)
RUNS=$(grep -c "Locked" <<< "$TICKS_LOG" || true)
TWICE=$(grep "Locked" <<< "$TICKS_LOG" | awk '{print $1}' | sort | uniq -d | wc -l)
log "reminder-mails with both nodes up: $RUNS runs in $TICKS ten-second ticks, $TWICE ticks run twice"

# 6. The load test through the balancer, in phases that it counts errors and re-logins by (target/load/phase).
#    At a quarter (after the ramp-up), a graceful drain of node2: HAProxy's "drain" state (no new users), then
#    SIGTERM: Spring Boot's graceful shutdown (server.shutdown=graceful, its default) stops accepting connections,
#    so the readiness check fails, and lets the requests in flight finish (up to
#    spring.lifecycle.timeout-per-shutdown-phase, 30 s); node2's users go to node1 and log in again. node2 is then
#    started again and set back to "ready" (a rolling restart). At two thirds, or once node2 is back (two to four
#    minutes on a loaded machine): node1 killed (SIGKILL, a crash); all users go to node2.
CLIENTS_BEFORE=$(sql "$PRIMARY" "select count(*) from scaleout.clients")
INVOICES_BEFORE=$(sql "$PRIMARY" "select count(*) from scaleout.billing_documents")
rm -f target/load/started target/load/phase
log "load test: $USERS users, $SECONDS_RUN s, through http://127.0.0.1:$LB/; load average $(cut -d' ' -f1-3 /proc/loadavg)"
( LOAD_CLIENTS=20 ./mvnw -B -ntp -Pload test -Dspotbugs.skip=true -Dload.url="http://127.0.0.1:$LB/" \
    -Dload.users="$USERS" -Dload.seconds="$SECONDS_RUN" -Dload.relogin=true > "$WORK/load.log" 2>&1 || true ) &
LOAD=$!
for _ in $(seq 1 600); do [ -f target/load/started ] && break; sleep 1; done
STARTED=$(date +%s)
sleep $(( SECONDS_RUN / 4 ))
echo "drain node2" > target/load/phase
log "drain: node2 to HAProxy state drain; $(hap_server node1); $(hap_server node2)"
hap "set server nodes/node2 state drain" > /dev/null
sleep 5
log "drain: SIGTERM to node2 (pid ${NODE_PID[1]}); $(hap_server node2) in flight; load average $(cut -d' ' -f1-3 /proc/loadavg)"
DRAIN_AT=$(date +%s)
kill -TERM "${NODE_PID[1]}"
for _ in $(seq 1 60); do kill -0 "${NODE_PID[1]}" 2>/dev/null || break; sleep 0.5; done
log "drain: node2 exited after $(( $(date +%s) - DRAIN_AT )) s; $(hap_server node1); $(hap_server node2); $(hap_errors node2)"
grep -h "graceful shutdown\|Graceful shutdown" "$WORK/node2.log" | sed -E 's/^[0-9-]+T([0-9:.]+)[^ ]* .*: /\1 node2: /' \
    | tee -a "$WORK/run.log" || true
start_node 1 node2-restarted
for _ in $(seq 1 30); do hap_server node2 | grep -q "DRAIN\|UP" && break; sleep 1; done
hap "set server nodes/node2 state ready" > /dev/null
sleep 2
log "node2 back: $(hap_server node2)"
echo "after drain" > target/load/phase
WAIT=$(( STARTED + SECONDS_RUN * 2 / 3 - $(date +%s) ))
[ "$WAIT" -gt 0 ] && sleep "$WAIT"
if [ $(( $(date +%s) - STARTED )) -lt $(( SECONDS_RUN - 30 )) ]; then
    echo "crash node1" > target/load/phase
    log "crash: killing node1 (pid ${NODE_PID[0]}); $(hap_server node1) in flight; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    kill -9 "${NODE_PID[0]}"
else
    log "crash: skipped, node2 came back too late for it (raise LOAD_SECONDS)"
fi
wait "$LOAD" || true
sed -n '/Load test:/,/p99 of all/p' "$WORK/load.log" | tee -a "$WORK/run.log"
grep -h "Errors by node" "$WORK/load.log" | sed 's/.*Errors by node/Errors by node/' | tee -a "$WORK/run.log" || true
log "balancer: $(hap_errors node1); $(hap_errors node2)"
grep -hi "is DOWN\|is UP\|drain\|READY" "$WORK/haproxy.log" | tee -a "$WORK/run.log" || true
grep -h "Load test error" "$WORK/load.log" | head -5 | tee -a "$WORK/run.log" || true
cp target/load/results.json "$ROOT/target/scale-out-results.json" 2>/dev/null || true

# 7. Nothing saved is lost: what the primary held before the crash is there after it, on the replica too.
sleep 2
log "clients before/after/replica: $CLIENTS_BEFORE/$(sql "$PRIMARY" "select count(*) from scaleout.clients")/$(sql "$REPLICA" "select count(*) from scaleout.clients")"
log "invoices before/after/replica: $INVOICES_BEFORE/$(sql "$PRIMARY" "select count(*) from scaleout.billing_documents")/$(sql "$REPLICA" "select count(*) from scaleout.billing_documents")"
log "reporting pool connections on the replica: $(sql "$REPLICA" "select count(*) from information_schema.processlist where user = 'clientele'")"
log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
