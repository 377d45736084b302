#!/usr/bin/env bash
# The portal's two database roles (README, "Database roles"), for the postgres
# image's /docker-entrypoint-initdb.d (run once, on the first start with an
# empty volume, as POSTGRES_USER):
#   - the owner ($NIANBAO_OWNER, default nianbao_owner) owns the database and,
#     through the migrations (MIGRATION_DATABASE_URL), every table;
#   - the application's role ($NIANBAO_APP, default nianbao_app) owns nothing;
#     `npm run db:prepare` grants it its rights after every migration
#     (read/write rows, only read and append to the audit log).
# Neither is a superuser. Safe to run again, e.g. to upgrade a volume created
# before the roles (its tables, owned by the old superuser, go to the owner;
# that volume's superuser was called nianbao):
#   docker compose exec -e POSTGRES_USER=nianbao db /docker-entrypoint-initdb.d/10-nianbao-roles.sh
# (then give that superuser a new password: its old one was in docker-compose.yml).
# Needs NIANBAO_OWNER_PASSWORD and NIANBAO_APP_PASSWORD (URL-safe, e.g.
# `openssl rand -hex 24`); NIANBAO_DB names the database (default nianbao).
set -Eeo pipefail

if [ -z "${NIANBAO_OWNER_PASSWORD:-}" ] || [ -z "${NIANBAO_APP_PASSWORD:-}" ]; then
  echo "init-roles.sh: set NIANBAO_OWNER_PASSWORD and NIANBAO_APP_PASSWORD (e.g. openssl rand -hex 24)" >&2
  exit 1
fi

psql=(psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}"
  -v db="${NIANBAO_DB:-nianbao}" -v owner="${NIANBAO_OWNER:-nianbao_owner}" -v app="${NIANBAO_APP:-nianbao_app}"
  -v owner_password="$NIANBAO_OWNER_PASSWORD" -v app_password="$NIANBAO_APP_PASSWORD")

# Roles and the database, from the maintenance database.
"${psql[@]}" --dbname postgres <<'SQL'
SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"app" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"owner";
-- Only the two roles connect; nobody creates temporary tables.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";
SQL

# Inside the database: what the administrator created before the roles
# existed (a volume from an earlier version) goes to the owner; extensions'
# objects stay theirs. Tables first: their sequences follow them.
"${psql[@]}" --dbname "${NIANBAO_DB:-nianbao}" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('ALTER %s %s OWNER TO %I', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, c.oid::regclass, :'owner')
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> :'owner'
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER SEQUENCE %s OWNER TO %I', c.oid::regclass, :'owner')
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> :'owner'
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'owner')
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace AND pg_get_userbyid(p.proowner) <> :'owner'
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') \gexec
SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, :'owner')
  FROM pg_type t
 WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r') AND pg_get_userbyid(t.typowner) <> :'owner'
   AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e') \gexec
SQL

echo "init-roles.sh: roles ${NIANBAO_OWNER:-nianbao_owner} (owner) and ${NIANBAO_APP:-nianbao_app} (application) ready in database ${NIANBAO_DB:-nianbao}."
