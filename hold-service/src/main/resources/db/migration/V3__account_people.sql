-- Who may see an account: the emails of the people it names (lower-case), as columns read by the
-- visibility filters instead of SQL reaching into the snapshot's wire form. Each is indexed, so a
-- person's list is an index lookup per column (OR of three equalities).
alter table account_snapshot
    add column sales_rep_email      varchar(254),
    add column credit_analyst_email varchar(254),
    add column sales_manager_email  varchar(254);

update account_snapshot set
    sales_rep_email      = nullif(lower(trim(snapshot -> 'salesRep' ->> 'email')), ''),
    credit_analyst_email = nullif(lower(trim(snapshot -> 'creditAnalyst' ->> 'email')), ''),
    sales_manager_email  = nullif(lower(trim(snapshot -> 'salesManager' ->> 'email')), '');

create index account_snapshot_sales_rep_email on account_snapshot (sales_rep_email);
create index account_snapshot_credit_analyst_email on account_snapshot (credit_analyst_email);
create index account_snapshot_sales_manager_email on account_snapshot (sales_manager_email);

-- The at-risk list shows each account's latest note.
create index note_account_latest on note (account_id, created_at desc, note_id desc);
