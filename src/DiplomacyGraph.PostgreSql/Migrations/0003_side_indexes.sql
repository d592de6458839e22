-- Version 3: the indexes the server-side history and timeline read a side by — an entity's relations of one type
-- (its attendances, its statement parts, its offices and memberships), from either end. Each replaces the one-column
-- index it starts with (the composite serves every lookup that one did), so a push maintains as many indexes as before.
CREATE INDEX relations_from_type ON dipgraph.relations (from_id, type);
CREATE INDEX relations_to_type ON dipgraph.relations (to_id, type);
DROP INDEX dipgraph.relations_from;
DROP INDEX dipgraph.relations_to;
