-- Issue 16: each account's profile from the account-service's snapshots (account.payment-status.v1),
-- for data gaps and the meeting pack. Emails lower-case. ledger_version keeps the newest snapshot:
-- an older one redelivered or read late never overwrites it.
create table account_profile (
    account_id           text        primary key,
    ledger_version       bigint      not null,
    name                 text,
    currency             varchar(3),
    sales_rep_id         text,
    sales_rep_name       text,
    sales_rep_email      text,
    credit_analyst_id    text,
    credit_analyst_name  text,
    credit_analyst_email text,
    sales_manager_name   text,
    sales_manager_email  text,
    has_credit_limit     boolean     not null,
    segment              text,
    -- improving, steady, worsening; null until both periods have payments
    payment_trend        varchar(16),
    past_due             numeric     not null,
    exposure             numeric     not null,
    updated_at           timestamptz not null
);
create index account_profile_analyst_id on account_profile (credit_analyst_id, account_id);
create index account_profile_analyst_email on account_profile (credit_analyst_email, account_id);
create index account_profile_manager_email on account_profile (sales_manager_email);
create index account_profile_rep_id on account_profile (sales_rep_id);

-- Addresses the mail server refused for good (a 5xx answer to the recipient): a data gap to fix.
create table refused_address (
    email      text        primary key,
    reason     text        not null,
    refused_at timestamptz not null
);
