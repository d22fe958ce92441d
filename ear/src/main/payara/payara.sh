#!/usr/bin/env bash
# Starts or stops a Payara Server domain with the Corporate Parenting Hub EAR deployed.
# Called by Maven (ear/pom.xml): `mvn -Prun package` for the demo server, and around the system
# tests with a separate domain and port range. Payara itself was unpacked from Maven Central by the
# dependency plugin; this script only drives asadmin.
#
# Environment: PAYARA_HOME DOMAIN_DIR DOMAIN, and for start: PORTBASE or ADMIN_PORT/HTTP_PORT,
# DB (derby|postgres), DERBY_PATH, PG_DATABASE, SERVER_LIB, EAR, DEMO_DATA, SHOW_LOGINS.
set -euo pipefail

: "${PAYARA_HOME:?}" "${DOMAIN_DIR:?}" "${DOMAIN:?}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
chmod +x "$PAYARA_HOME/bin/"* "$PAYARA_HOME/glassfish/bin/"* 2>/dev/null || true

if [[ -n "${PORTBASE:-}" ]]; then
  ADMIN_PORT=$((PORTBASE + 48)); HTTP_PORT=$((PORTBASE + 80))
  PORT_ARGS=(--portbase "$PORTBASE")
else
  ADMIN_PORT=${ADMIN_PORT:-4848}; HTTP_PORT=${HTTP_PORT:-8080}
  PORT_ARGS=(--adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT")
fi
A=("$ASADMIN" --port "$ADMIN_PORT" --interactive=false)

running() { "$ASADMIN" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$DOMAIN running"; }

stop() {
  if running; then "$ASADMIN" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN"; fi
}

# create-or-skip helpers keep every step idempotent, so a second run reuses the server and its data
has() { "${A[@]}" "$1" 2>/dev/null | grep -qx "$2"; }

configure_datasource() {
  local pool=cpchub-pool
  if has list-jdbc-resources jdbc/cpchub; then return; fi
  case "${DB:-derby}" in
    derby)
      mkdir -p "$(dirname "$DERBY_PATH")"
      "${A[@]}" create-jdbc-connection-pool --restype javax.sql.DataSource \
        --datasourceclassname org.apache.derby.jdbc.EmbeddedDataSource \
        --steadypoolsize 2 --maxpoolsize 16 \
        --property "databaseName=${DERBY_PATH}:createDatabase=create" $pool ;;
    postgres)
      # PostgreSQL (default: the local server with trust auth, which ignores the password; set
      # PG_HOST, PG_PORT, PG_USER and PG_PASSWORD for another)
      psql -h "${PG_HOST:-127.0.0.1}" -U "${PG_USER:-postgres}" -tAc "SELECT 1 FROM pg_database WHERE datname='${PG_DATABASE}'" | grep -q 1 \
        || psql -h "${PG_HOST:-127.0.0.1}" -U "${PG_USER:-postgres}" -c "CREATE DATABASE ${PG_DATABASE}"
      "${A[@]}" create-jdbc-connection-pool --restype javax.sql.DataSource \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --steadypoolsize 2 --maxpoolsize 32 \
        --property "serverName=${PG_HOST:-127.0.0.1}:portNumber=${PG_PORT:-5432}:databaseName=${PG_DATABASE}:user=${PG_USER:-postgres}:password=${PG_PASSWORD:-postgres}" $pool ;;
    *) echo "DB must be derby or postgres" >&2; exit 2 ;;
  esac
  "${A[@]}" create-jdbc-resource --connectionpoolid $pool jdbc/cpchub
}

start() {
  : "${EAR:?}" "${SERVER_LIB:?}"
  if [[ "${FRESH_DOMAIN:-false}" == true ]]; then
    # test runs start from a new domain and database, so no state of an earlier run leaks in
    stop
    rm -rf "${DOMAIN_DIR:?}/$DOMAIN" "$(dirname "$DERBY_PATH")"
    if [[ "${DB:-derby}" == postgres ]]; then
      psql -h "${PG_HOST:-127.0.0.1}" -U "${PG_USER:-postgres}" -qc "DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)"
    fi
  fi
  if [[ ! -d "$DOMAIN_DIR/$DOMAIN" ]]; then
    mkdir -p "$DOMAIN_DIR"
    "$ASADMIN" --interactive=false create-domain --nopassword --domaindir "$DOMAIN_DIR" "${PORT_ARGS[@]}" "$DOMAIN"
    FRESH=1
  fi
  # JDBC drivers on the server's common class path, for the connection pools
  cp -u "$SERVER_LIB"/*.jar "$DOMAIN_DIR/$DOMAIN/lib/"
  if ! running; then
    "$ASADMIN" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN"
  fi
  if [[ -n "${FRESH:-}" ]]; then
    # a bigger heap than the 512 MB default; the demo data and PDF rendering like room
    "${A[@]}" delete-jvm-options '-Xmx512m' || true
    "${A[@]}" create-jvm-options "-Xmx${HEAP:-1g}"
    # Hazelcast (Payara's data grid) joins domains that can see each other: name each one apart
    "${A[@]}" set-hazelcast-configuration --clustername "$DOMAIN" --startport $((ADMIN_PORT + 1000)) || true
    "${A[@]}" restart-domain --domaindir "$DOMAIN_DIR" "$DOMAIN"
  fi
  "${A[@]}" create-system-properties "cpchub.demo-data=${DEMO_DATA:-false}"
  configure_datasource
  local t0=$SECONDS
  # Undeploy, then deploy: a forced redeploy over an application loaded at server start can pick up
  # the old application's closed class loaders in Payara 6.2025.10 ("abstract schema type unknown").
  if "${A[@]}" list-applications 2>/dev/null | grep -q '^cpchub '; then
    "${A[@]}" undeploy cpchub
  fi
  "${A[@]}" deploy --name cpchub "$EAR"
  echo "EAR deployed in $((SECONDS - t0)) s"

  # wait until the application (not just the server) answers, so callers (tests, people) find it ready
  for _ in $(seq 1 60); do
    curl -fs -o /dev/null "http://localhost:$HTTP_PORT/api/health" && break
    sleep 1
  done
  echo
  echo "Corporate Parenting Hub is running at http://localhost:$HTTP_PORT/"
  if [[ "${SHOW_LOGINS:-false}" == true ]]; then
    cat <<TXT
Demo logins (password for all: $(printf '%s' 'CorporateParent2026!')):
  admin      ADMIN           clerk      CLERK (Democratic Services)
  officer    OFFICER         member     MEMBER (councillor)
  panel      PANEL           adm        DECISION_MAKER
  analyst    ANALYST
Stop it with:  mvn -Pstop -pl ear validate   (or: $ASADMIN stop-domain --domaindir $DOMAIN_DIR $DOMAIN)
Server log:    $DOMAIN_DIR/$DOMAIN/logs/server.log
TXT
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: payara.sh start|stop" >&2; exit 2 ;;
esac
