-- Issue 16: the working agreement, the people named on accounts (and their one welcome) and the
-- sales feedback pulse.
alter table email drop constraint email_kind_check;
alter table email add constraint email_kind_check
    check (kind in ('hold', 'digest', 'escalation', 'manager', 'admin', 'welcome'));

-- Each PUT is a new version; the highest is in force. sections is the JSON array [{title, text}].
create table working_agreement (
    version    bigint      primary key,
    sections   text        not null,
    updated_by text,
    updated_at timestamptz not null
);

-- Everyone an account's status update names (matched by lower-case email), with the roles they
-- were seen in. Fed by credit.status.updated; backfilled from the stored latest updates.
create table person (
    email            text        primary key,
    name             text,
    sales_rep        boolean     not null default false,
    credit_analyst   boolean     not null default false,
    sales_manager    boolean     not null default false,
    first_seen_at    timestamptz not null,
    -- when the address was first seen as a sales rep: the welcome's trigger
    sales_rep_since  timestamptz
);
create index person_unwelcomed_rep on person (sales_rep_since) where sales_rep;

insert into person (email, sales_rep, first_seen_at, sales_rep_since)
select sales_rep_email, true, min(updated_at), min(updated_at)
  from account_status where sales_rep_email is not null group by sales_rep_email
on conflict do nothing;
insert into person (email, credit_analyst, first_seen_at)
select credit_analyst_email, true, min(updated_at)
  from account_status where credit_analyst_email is not null group by credit_analyst_email
on conflict (email) do update set credit_analyst = true;
insert into person (email, sales_manager, first_seen_at)
select sales_manager_email, true, min(updated_at)
  from account_status where sales_manager_email is not null group by sales_manager_email
on conflict (email) do update set sales_manager = true;

-- The welcome's claim: inserted (on conflict do nothing) in the same transaction as the email is
-- planned, so one address is welcomed once, whichever replica or restart tries.
create table person_welcome (
    email       text        primary key,
    welcomed_at timestamptz not null
);

-- One answer per person and ISO week; a later answer replaces the earlier one.
create table sales_feedback (
    person_email text        not null,
    iso_week     varchar(8)  not null,
    score        int         not null check (score between 1 and 5),
    comment      text,
    answered_at  timestamptz not null,
    primary key (person_email, iso_week)
);
create index sales_feedback_week on sales_feedback (iso_week);
