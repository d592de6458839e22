-- Version 2: a reader role (SELECT only) and a writer role (reads and writes rows, no DDL).
-- Both are NOLOGIN groups: grant them to login roles (GRANT dipgraph_reader TO analyst).
-- Roles belong to the cluster, so a second database or a concurrent migration may have made them already.
DO $$
BEGIN
    CREATE ROLE dipgraph_reader NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
DO $$
BEGIN
    CREATE ROLE dipgraph_writer NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
GRANT USAGE ON SCHEMA dipgraph TO dipgraph_reader, dipgraph_writer;
GRANT SELECT ON ALL TABLES IN SCHEMA dipgraph TO dipgraph_reader;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA dipgraph TO dipgraph_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA dipgraph GRANT SELECT ON TABLES TO dipgraph_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA dipgraph GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO dipgraph_writer;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA dipgraph TO dipgraph_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA dipgraph GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO dipgraph_writer;
