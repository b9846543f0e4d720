-- The query catalogue of the Orleans ADO.NET providers (clustering, grain storage, reminders).
--
-- The providers ship no SQL. At start-up each runs the fixed text
--     SELECT QueryKey, QueryText FROM OrleansQuery
-- and from then on executes only the texts it finds here, binding its own named parameters (@ServiceId, ...)
-- and reading result columns by name. The names in that fixed text are unquoted, so PostgreSQL folds them to
-- lower case: this table and its two columns must therefore be created unquoted too (orleansquery, querykey,
-- querytext). Everything else in this schema uses our own snake_case names.
--
-- The texts are inserted by the later scripts of this folder as ordinary '...' literals. They carry no
-- trailing semicolon and no comments, because each must reach the server as exactly one statement.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT orleans_query_pk PRIMARY KEY (QueryKey),
    -- An empty text would only fail later, at the first call that needs it; refuse it here instead.
    CONSTRAINT orleans_query_text_not_blank CHECK (btrim(QueryText) <> '')
);
