-- The query catalogue of the Orleans ADO.NET providers (here: grain storage and reminders).
--
-- The providers ship no SQL. At start-up each runs SELECT QueryKey, QueryText FROM OrleansQuery and from
-- then on executes only the texts it finds here, binding its own named parameters (@ServiceId, ...) and
-- reading result columns by name. The table and column names are therefore fixed; everything else in this
-- schema uses our own snake_case names.
--
-- The later scripts insert the texts as ordinary '...' literals. Each text is exactly one statement, with no
-- trailing semicolon: a text of two statements could commit the first and fail the second.
--
-- Tables here are STRICT, so SQLite refuses a value of the wrong type instead of storing it silently.

CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL,
    QueryText TEXT NOT NULL,

    CONSTRAINT orleans_query_pk PRIMARY KEY (QueryKey),
    -- An empty text would only fail later, at the first call that needs it; refuse it here instead.
    CONSTRAINT orleans_query_text_not_blank CHECK (trim(QueryText) <> '')
) STRICT;
