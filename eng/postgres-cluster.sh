#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the database tests and benchmarks.
#   eng/postgres-cluster.sh start DIR [PORT]   initdb into DIR, start it on PORT (a free one when omitted), print the
#                                               connection string on stdout
#   eng/postgres-cluster.sh stop DIR           stop it and remove DIR
#   eng/postgres-cluster.sh replica DIR PRIMARY_PORT [PORT]
#                                               a streaming replica of the cluster on PRIMARY_PORT (pg_basebackup -R -c fast),
#                                               started on PORT; prints its connection string
#   eng/postgres-cluster.sh crash DIR          stop it at once, as a power cut would (pg_ctl -m immediate)
#   eng/postgres-cluster.sh resume DIR         start it again after a crash (it recovers from its WAL)
# initdb refuses to run as root, so as root the cluster runs as the 'postgres' user (created by the postgresql package).
# Trust authentication on 127.0.0.1 only; replication is allowed so a test can start a streaming replica.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "postgres-cluster: no PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql-15)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

case "${1:-}" in
  start)
    dir=${2:?usage: start DIR [PORT]}; port=${3:-$(free_port)}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 4
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    printf 'host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n' >>"$dir/data/pg_hba.conf"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  replica)
    dir=${2:?usage: replica DIR PRIMARY_PORT [PORT]}; primary=${3:?usage: replica DIR PRIMARY_PORT [PORT]}; port=${4:-$(free_port)}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir/data" -R -c fast -X stream >"$dir/basebackup.log" 2>&1 \
      || { cat "$dir/basebackup.log" >&2; exit 1; }
    printf "port = %s\nunix_socket_directories = '%s'\nhot_standby = on\n" "$port" "$dir" >>"$dir/data/postgresql.conf"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  crash)
    dir=${2:?usage: crash DIR}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    dir=${2:?usage: resume DIR}
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  stop)
    dir=${2:?usage: stop DIR}
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR [PORT] | stop DIR | replica DIR PRIMARY_PORT [PORT] | crash DIR | resume DIR" >&2; exit 2 ;;
esac
