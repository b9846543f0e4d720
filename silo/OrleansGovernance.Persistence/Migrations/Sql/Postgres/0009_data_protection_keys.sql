-- ASP.NET Core Data Protection keys (they sign the dashboard's sign-in cookie and its antiforgery tokens), shared
-- by every silo and API host of the cluster, so a cookie issued by one pod is accepted by the others. A key is
-- written once and never changed; revoking one adds a revocation element instead.
CREATE TABLE governance_data_protection_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text NOT NULL,
    xml text NOT NULL,
    created_at timestamptz NOT NULL
);
