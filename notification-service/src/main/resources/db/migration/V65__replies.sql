-- Replies become notes (contract.md, "Working together").

-- the reply's forward is an email kind of its own
alter table email drop constraint email_kind_check;
alter table email add constraint email_kind_check
    check (kind in ('hold', 'digest', 'escalation', 'manager', 'admin', 'welcome', 'policy',
                    'review', 'manual_hold', 'reply'));

-- Every email about an account, by its Message-ID (the same on every copy), with the account's
-- people when it was planned: a reply naming it counts only when sent from one of them.
create table email_thread (
    message_id           text        primary key,
    email_key            text        not null,
    kind                 varchar(16) not null,
    account_id           text        not null,
    account_name         text,
    recipients           text[]      not null,
    sales_rep_email      text,
    sales_rep_name       text,
    credit_analyst_email text,
    credit_analyst_name  text,
    sales_manager_email  text,
    sales_manager_name   text,
    created_at           timestamptz not null
);
create index email_thread_account on email_thread (account_id);

-- Every message read from the replies mailbox, by its own Message-ID: the unique key is the claim,
-- so a crash before the message left the mailbox, or two replicas reading it, make one row.
-- 'pending' replies wait for the hold-service to take their note; 'dropped' keep why.
create table reply (
    message_id      text         primary key,
    status          varchar(16)  not null check (status in ('pending', 'recorded', 'dropped')),
    reason          varchar(32),
    thread_id       text,
    account_id      text,
    author_email    text,
    author_name     text,
    author_role     varchar(16),
    text            text,
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    lease_id        uuid,
    last_error      text,
    note_id         text,
    received_at     timestamptz  not null,
    recorded_at     timestamptz
);
create index reply_due on reply (next_attempt_at) where status = 'pending';
