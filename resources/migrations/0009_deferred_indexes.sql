-- Secondary indexes dropped for a bulk load and built again after it (#4): building
-- an index over a million rows sorted once is several times faster than keeping it
-- up to date through a million random inserts. The definition is kept here, in the
-- transaction that drops the index, so that a load killed half-way leaves it
-- recorded: every start of cordiald and cordialctl builds what is listed here
-- (server/db/DeferredIndexes.cpp).
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    deferred_at BIGINT NOT NULL
);
