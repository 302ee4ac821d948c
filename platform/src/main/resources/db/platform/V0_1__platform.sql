-- Shared by every service (shipped by the platform module). Services number their own migrations V1, V2, ...

-- Transactional outbox: rows are written in the same transaction as the change they announce and
-- published by the relay in id order, then deleted.
create table outbox_message (
    id          bigserial primary key,
    topic       text        not null,
    message_key text        not null,
    event_id    text        not null,
    event_type  text        not null,
    payload     bytea       not null,
    created_at  timestamptz not null default now()
);

-- Idempotent consumption: one row per consumed event, written in the same transaction as its effect.
create table consumed_event (
    topic       text        not null,
    event_id    text        not null,
    consumed_at timestamptz not null default now(),
    primary key (topic, event_id)
);
