-- Issue 16: policy changes explained. Each account a policy version moved (credit.status.updated
-- with cause "policy"), the number the hold-service says it moved (credit.policy.reevaluated), and
-- the one email per (version, sales rep) claimed in the transaction that plans it.
alter table email drop constraint email_kind_check;
alter table email add constraint email_kind_check
    check (kind in ('hold', 'digest', 'escalation', 'manager', 'admin', 'welcome', 'policy'));

-- One row per version, locked by every transaction recording a change or the count of that version,
-- so whichever commits second sees the other's rows and plans the emails.
create table policy_reevaluation (
    policy_version       bigint      primary key,
    -- from credit.policy.reevaluated; null until it arrives
    changed_accounts     integer,
    emails_planned_at    timestamptz,
    -- moved accounts that name no sales rep address: nobody to tell
    accounts_without_rep integer
);

create table policy_change (
    policy_version  bigint      not null,
    account_id      varchar(64) not null,
    account_name    text,
    sales_rep_email text,
    sales_rep_name  text,
    previous_status varchar(16) not null,
    status          varchar(16) not null,
    -- the decision's reason messages, a JSON array of strings
    reasons         text        not null,
    received_at     timestamptz not null,
    primary key (policy_version, account_id)
);

create table policy_change_email (
    policy_version  bigint      not null,
    sales_rep_email text        not null,
    planned_at      timestamptz not null,
    primary key (policy_version, sales_rep_email)
);
