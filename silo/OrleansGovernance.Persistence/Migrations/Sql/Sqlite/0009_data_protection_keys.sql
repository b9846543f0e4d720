-- ASP.NET Core Data Protection keys (they sign the dashboard's sign-in cookie and its antiforgery tokens), kept
-- beside the grain state so they survive a restart. A key is written once and never changed; revoking one adds a
-- revocation element instead. created_at is ISO-8601 UTC text, as in the migration ledger.
CREATE TABLE governance_data_protection_keys (
    id integer PRIMARY KEY AUTOINCREMENT,
    friendly_name text NOT NULL,
    xml text NOT NULL,
    created_at text NOT NULL
);
