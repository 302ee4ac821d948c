-- hold-service: the versioned policy, the actions of credit and sales (promises, manual holds,
-- overrides, notes), the timeline, and what the time-driven and policy re-evaluations need.

-- Every PUT of the policy is a new row; the newest is in force. Version 1 is the defaults and is
-- served from code until the first PUT.
create table policy_version (
    version    bigint primary key,
    settings   jsonb       not null,
    created_at timestamptz not null
);

-- Promises to pay. received_baseline is the snapshot's receivedTotal when the promise was recorded:
-- the promise is kept once receivedTotal - received_baseline >= amount. At most one promise per
-- account is OPEN or BROKEN (the one the policy reads); recording a new one makes it REPLACED.
create table promise (
    promise_id        varchar(64) primary key,
    account_id        varchar(64)  not null,
    amount            numeric      not null,
    promised_on       date         not null,
    recorded_by       varchar(200) not null,
    note              text,
    received_baseline numeric      not null,
    recorded_at       timestamptz  not null,
    state             varchar(16)  not null,
    closed_at         timestamptz
);

create unique index promise_current on promise (account_id) where state in ('OPEN', 'BROKEN');

create table manual_hold (
    hold_id    varchar(64) primary key,
    account_id varchar(64)  not null,
    reason     text         not null,
    placed_by  varchar(200) not null,
    placed_at  timestamptz  not null,
    ended_at   timestamptz,
    ended_by   varchar(200)
);

create unique index manual_hold_active on manual_hold (account_id) where ended_at is null;

-- Overrides: one not ended per account (a new one replaces it); it stops applying after "until"
-- by itself, or earlier through DELETE (ended_at).
create table credit_override (
    override_id varchar(64) primary key,
    account_id  varchar(64)  not null,
    reason      text         not null,
    approved_by varchar(200) not null,
    until       date         not null,
    created_at  timestamptz  not null,
    ended_at    timestamptz,
    ended_by    varchar(200)
);

create unique index credit_override_current on credit_override (account_id) where ended_at is null;

create table note (
    note_id    varchar(64) primary key,
    account_id varchar(64)  not null,
    author     varchar(200) not null,
    text       text         not null,
    created_at timestamptz  not null
);

-- The account's timeline, newest first by seq: decisions, notes, promises, holds, overrides, each
-- with who and why. detail is the kind's own JSON (reasons, policy version and cause of a decision).
create table timeline_entry (
    seq        bigserial primary key,
    account_id varchar(64)  not null,
    at         timestamptz  not null,
    kind       varchar(32)  not null,
    actor      varchar(200),
    summary    text         not null,
    detail     jsonb        not null
);

create index timeline_entry_account on timeline_entry (account_id, seq desc);

-- What changed in the evaluated view (status, reasons, cure, projection, promise, owners) is
-- detected by comparing this fingerprint; a change publishes credit.status.updated.
alter table credit_status add column view_fingerprint text not null default '';

-- Accounts still evaluated with an older policy version are re-evaluated in chunks, resumably.
create index credit_status_policy_version on credit_status (policy_version, account_id);
create index credit_status_at_risk on credit_status (status, projected_hold_on, exposure desc)
    where status <> 'CLEAR';
