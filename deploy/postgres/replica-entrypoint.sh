#!/bin/sh
# A hot-standby replica of the compose primary. The first start copies the primary
# (pg_basebackup -R writes standby.signal and the connection to stream from); later starts
# resume streaming from where the copy left off. A replica that fell further behind than the
# primary keeps WAL for (wal_keep_size) stops replaying: remove its volume and start it again.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    until pg_isready -q -h "$PRIMARY_HOST" -U "$POSTGRES_USER" -d "$POSTGRES_DB"; do
        echo "waiting for the primary at $PRIMARY_HOST"
        sleep 1
    done
    PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast
    chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
