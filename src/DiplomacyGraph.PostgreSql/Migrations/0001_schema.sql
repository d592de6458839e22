-- Version 1: the tables of a DiplomacyGraph store, in the schema "dipgraph".
-- Every row carries the dataset it was pushed as, so one dataset can be replaced on its own, and an
-- ordinal, so a load gives the elements back in the order they were added.
-- Times are kept twice: as written (the text form DateRange.Parse reads back, with precision, basis and
-- exclusive ends) and as a daterange [earliest possible day, latest possible day + 1), unbounded where
-- the range is open, so "possibly in a window" (&&) and "certainly in a window" (<@) are GiST lookups.
-- No foreign keys: each write checks integrity with set queries in its own transaction (see
-- docs/postgresql.md); that keeps bulk COPY fast and the layout ready for Citus distribution.
CREATE SCHEMA IF NOT EXISTS dipgraph;

-- Ordinals of rows added after a push (a replace) continue from here.
CREATE SEQUENCE dipgraph.ordinal;

CREATE TABLE dipgraph.relation_types (
    name        text    PRIMARY KEY,
    directed    boolean NOT NULL,
    from_kinds  text[]  NOT NULL,
    to_kinds    text[]  NOT NULL,
    description text    NOT NULL,
    dataset     text    NOT NULL,
    ordinal     bigint  NOT NULL
);

CREATE TABLE dipgraph.sources (
    id             text      PRIMARY KEY,
    title          text      NOT NULL,
    file           text,
    url            text,
    outlet         text,
    author         text,
    language       text,
    published_text text      NOT NULL,
    published      daterange NOT NULL,
    retrieved_text text      NOT NULL,
    retrieved      daterange NOT NULL,
    dataset        text      NOT NULL,
    ordinal        bigint    NOT NULL
);

CREATE TABLE dipgraph.entities (
    id        text      PRIMARY KEY,
    kind      text      NOT NULL,
    name      text      NOT NULL,
    name_keys text[]    NOT NULL,   -- NameKey of the name and of every alias, for resolution
    basis     text      NOT NULL,
    note      text,
    time_text text,                 -- a meeting's or a statement's time, as written
    time      daterange,
    topics    text[],
    dataset   text      NOT NULL,
    ordinal   bigint    NOT NULL
);
CREATE INDEX entities_kind ON dipgraph.entities (kind);
CREATE INDEX entities_time ON dipgraph.entities USING gist (time);
CREATE INDEX entities_name_keys ON dipgraph.entities USING gin (name_keys);
CREATE INDEX entities_name_search ON dipgraph.entities USING gin (to_tsvector('simple', name));
CREATE INDEX entities_dataset ON dipgraph.entities (dataset);

CREATE TABLE dipgraph.aliases (
    entity_id text NOT NULL,
    position  int  NOT NULL,
    alias     text NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE INDEX aliases_search ON dipgraph.aliases USING gin (to_tsvector('simple', alias));

CREATE TABLE dipgraph.entity_attributes (
    entity_id text NOT NULL,
    key       text NOT NULL,
    value     text NOT NULL,
    PRIMARY KEY (entity_id, key)
);

CREATE TABLE dipgraph.meeting_statuses (
    entity_id text NOT NULL,
    position  int  NOT NULL,
    status    text NOT NULL,
    PRIMARY KEY (entity_id, position)
);

CREATE TABLE dipgraph.statements (
    entity_id text PRIMARY KEY,
    act       text NOT NULL,
    speech    text NOT NULL
);

-- relations: created by the next statement block, plain or hash-partitioned by the pair (see StoreLayout).
/*relations*/

CREATE INDEX relations_from ON dipgraph.relations (from_id);
CREATE INDEX relations_to ON dipgraph.relations (to_id);
CREATE INDEX relations_pair ON dipgraph.relations (pair_low, pair_high);
CREATE INDEX relations_time ON dipgraph.relations USING gist (time);
CREATE INDEX relations_dataset ON dipgraph.relations (dataset);
CREATE INDEX relations_claimed_by ON dipgraph.relations (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE dipgraph.relation_attributes (
    relation_id text NOT NULL,
    key         text NOT NULL,
    value       text NOT NULL,
    PRIMARY KEY (relation_id, key)
);

-- A citation belongs to an entity (E), a relation (R) or a meeting's status report (S, with its position).
-- A quote citation has quote; a record citation (coded event data) has record_dataset and record.
CREATE TABLE dipgraph.citations (
    owner_kind      text   NOT NULL,
    owner_id        text   NOT NULL,
    status_position int    NOT NULL,
    position        int    NOT NULL,
    source_id       text   NOT NULL,
    quote           text,
    record_dataset  text,
    record          text,
    dataset         text   NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, status_position, position)
);
CREATE INDEX citations_source ON dipgraph.citations (source_id);
CREATE INDEX citations_quote_search ON dipgraph.citations USING gin (to_tsvector('simple', coalesce(quote, '')));
