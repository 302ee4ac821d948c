-- hold-service: the snapshots it decides on, the current decision per account, and the history of
-- status changes. Money columns are numeric in the account's currency; statuses are CreditStatus
-- names; reasons are the JSON array of contract.md's reasons.

-- The newest ledger snapshot per account, as received on account.payment-status.v1. A snapshot
-- with a ledger_version not above the stored one is ignored. Name and sales rep are columns for
-- the at-risk list; everything else the policy reads is in the JSON.
create table account_snapshot (
    account_id     varchar(64) primary key,
    ledger_version bigint      not null,
    account_name   text,
    sales_rep_id   varchar(64),
    snapshot       jsonb       not null,
    received_at    timestamptz not null
);

create index account_snapshot_sales_rep on account_snapshot (sales_rep_id);

-- The current decision per account: what GET /api/v1/accounts/{id}/credit-status serves.
create table credit_status (
    account_id         varchar(64) primary key,
    decision_id        varchar(64) not null,
    status             varchar(16) not null,
    since              timestamptz not null,
    reasons            jsonb       not null,
    projected_hold_on  date,
    cure_amount        numeric,
    exposure           numeric     not null,
    credit_limit       numeric,
    currency           varchar(3)  not null,
    policy_version     bigint      not null,
    ledger_version     bigint      not null,
    evaluated_at       timestamptz not null,
    -- when time alone would change the decision (an invoice crossing a days-past-due threshold);
    -- null when it never would. The time-driven re-evaluation picks accounts by this.
    next_evaluation_at timestamptz
);

create index credit_status_next_evaluation on credit_status (next_evaluation_at)
    where next_evaluation_at is not null;

-- Every evaluation that changed an account's status, with what triggered it: the timeline reads it.
create table credit_decision (
    decision_id       varchar(64) primary key,
    -- insertion order: decisions of one account may share an instant
    seq               bigserial   not null unique,
    account_id        varchar(64) not null,
    status            varchar(16) not null,
    previous_status   varchar(16) not null,
    reasons           jsonb       not null,
    projected_hold_on date,
    cure_amount       numeric,
    exposure          numeric     not null,
    credit_limit      numeric,
    currency          varchar(3)  not null,
    policy_version    bigint      not null,
    ledger_version    bigint      not null,
    trigger           varchar(32) not null,
    cause_event_id    text,
    evaluated_at      timestamptz not null
);

create index credit_decision_account on credit_decision (account_id, seq desc);
