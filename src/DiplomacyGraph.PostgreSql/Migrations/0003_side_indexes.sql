-- Version 3: the indexes the server-side history and timeline read a side by — an entity's relations of one type
-- (its attendances, its statement parts, its offices and memberships), from either end, with the other end in the
-- index so "the meetings it attended" and "did it attend this one" are index-only reads once autovacuum has marked the
-- pages all-visible. Each replaces the one-column index it starts with (the composite serves every lookup that one
-- did), so a push maintains as many indexes as before.
CREATE INDEX relations_from_type ON dipgraph.relations (from_id, type, to_id);
CREATE INDEX relations_to_type ON dipgraph.relations (to_id, type, from_id);
DROP INDEX dipgraph.relations_from;
DROP INDEX dipgraph.relations_to;
