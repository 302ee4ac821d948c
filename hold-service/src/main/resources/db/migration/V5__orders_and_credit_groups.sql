-- Orders count toward exposure and accounts may share a limit in a credit group (second wave).
-- open_orders holds {orderId, openAmount, placedOn}; the group's name and limit live in
-- credit_group, updated only by a snapshot naming a newer version of them, since members' snapshots
-- arrive from different partitions in any order. Its row is also the lock that serialises the
-- evaluations of a group's members.
alter table account_snapshot
    add column open_orders     jsonb not null default '[]'::jsonb,
    add column credit_group_id text;

create index account_snapshot_credit_group on account_snapshot (credit_group_id)
    where credit_group_id is not null;

create table credit_group (
    id           text primary key,
    name         text not null,
    credit_limit numeric not null,
    currency     varchar(3) not null,
    version      bigint not null
);

-- Every order credit check asked, kept 90 days (CreditCheckSweep).
create table credit_check (
    check_id           text primary key,
    account_id         text not null,
    amount             numeric not null,
    currency           varchar(3) not null,
    order_id           text,
    decision           text not null,
    reasons            jsonb not null,
    status             text not null,
    exposure           numeric not null,
    exposure_after     numeric not null,
    credit_limit       numeric,
    available_credit   numeric,
    group_exposure_after numeric,
    asked_by           text,
    checked_at         timestamptz not null
);

create index credit_check_by_account on credit_check (account_id, checked_at desc, check_id desc);
create index credit_check_by_time on credit_check (checked_at desc, check_id desc);
