-- API keys: only the SHA-256 digest of a key is stored; the key itself is shown once, at creation.
create table api_key (
    position      bigserial   primary key,        -- creation order, for the listing cursor
    id            text        not null unique,    -- public id (key_...), used to revoke
    name          text        not null,
    display_prefix text       not null,           -- first characters, to tell keys apart
    key_digest    bytea       not null unique,
    scopes        text[]      not null,
    rate_per_second integer,                      -- null: the gateway's default limit
    burst         integer,
    created_at    timestamptz not null,
    last_used_at  timestamptz,                    -- written in batches, not on every request
    revoked_at    timestamptz
);
