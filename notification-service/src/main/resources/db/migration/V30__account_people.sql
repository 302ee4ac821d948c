-- Who may see an account's notifications: the emails (lower-case) of the people its latest status
-- update names. Backfilled from the stored update; each indexed for the notification list's filter.
alter table account_status
    add column sales_rep_email      text,
    add column credit_analyst_email text,
    add column sales_manager_email  text;

update account_status set
    sales_rep_email      = nullif(lower(trim(cast(data as jsonb) -> 'data' -> 'salesRep' ->> 'email')), ''),
    credit_analyst_email = nullif(lower(trim(cast(data as jsonb) -> 'data' -> 'creditAnalyst' ->> 'email')), ''),
    sales_manager_email  = nullif(lower(trim(cast(data as jsonb) -> 'data' -> 'salesManager' ->> 'email')), '');

create index account_status_sales_rep_email on account_status (sales_rep_email);
create index account_status_credit_analyst_email on account_status (credit_analyst_email);
create index account_status_sales_manager_email on account_status (sales_manager_email);
