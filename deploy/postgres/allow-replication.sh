#!/bin/sh
# Runs once, when the primary's data folder is first made (/docker-entrypoint-initdb.d): lets
# a streaming replica on the compose network connect for replication with the database user's
# password. On a volume made before this file was mounted, run the same two lines by hand:
#   docker compose exec postgres sh -c 'echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"'
#   docker compose exec postgres psql -U cms -d cms -c "SELECT pg_reload_conf()"
set -eu
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
