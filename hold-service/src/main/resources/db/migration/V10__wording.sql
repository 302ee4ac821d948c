-- The wording credit and sales chose together (contract.md "Wording is chosen together"), as the
-- notification-service publishes it on notification.wording.v1: one row, the highest version seen,
-- so an older or redelivered record changes nothing and every replica words sentences alike.
-- No row: the contract's defaults (platform Wording.DEFAULTS) apply.
create table wording (
    id          smallint    primary key default 1 check (id = 1),
    version     bigint      not null,
    wording     jsonb       not null,
    received_at timestamptz not null
);
