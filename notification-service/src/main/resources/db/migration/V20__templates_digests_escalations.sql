-- Emails are no longer only about hold events: digests, escalation reminders to managers and
-- admin notices have no notification_message. event_id becomes the key of what an email is about
-- (the hold event id, or e.g. 'digest:{rep}:{week}'), still unique with the recipient, so nothing
-- is emailed twice. Every email is rendered when it is planned and stored as sent.
alter table email drop constraint email_event_id_fkey;
alter table email
    add column kind varchar(16) not null default 'hold'
        check (kind in ('hold', 'digest', 'escalation', 'manager', 'admin')),
    add column account_id text,
    add column text_body text,
    add column html_body text;
update email e set account_id = m.account_id
  from notification_message m where m.event_id = e.event_id;
create index email_account on email (account_id, created_at);
create index email_page on email (created_at, id);

-- Templates edited through the API. A type without a row uses the default shipped on the
-- classpath, so improved defaults reach everyone who has not customised them.
create table email_template (
    template_key text        primary key,
    subject      text        not null,
    text_body    text        not null,
    html_body    text        not null,
    updated_at   timestamptz not null
);

-- The digest's read model, fed by credit.status.updated: each account's latest evaluated status.
-- data is the HoldEventData JSON of the latest update.
create table account_status (
    account_id    text        primary key,
    status        varchar(16) not null,
    sales_rep_key text,
    data          text        not null,
    occurred_at   timestamptz not null,
    updated_at    timestamptz not null
);
create index account_status_rep on account_status (sales_rep_key);

-- Notes from credit.note.added, for the week's notes in the digest.
create table account_note (
    note_id    text        primary key,
    account_id text        not null,
    author     text,
    text       text        not null,
    created_at timestamptz not null
);
create index account_note_account on account_note (account_id, created_at);

-- One row per digest week: present and unfinished = a run to (re)start; finished = done.
create table digest_run (
    iso_week    varchar(8)  primary key,
    due_at      timestamptz not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    reps_sent   int         not null default 0
);

-- Claimed (in the same transaction as the digest email is planned) before a rep's digest is sent:
-- the primary key makes a second digest for the same rep and week impossible, whichever replica or
-- restart tries.
create table digest_sent (
    sales_rep_key text        not null,
    iso_week      varchar(8)  not null,
    sent_at       timestamptz not null,
    accounts      int         not null,
    primary key (sales_rep_key, iso_week)
);

-- An ON_HOLD account with a large exposure waiting for the sales rep's acknowledgement.
create table escalation (
    id              uuid        primary key,
    event_id        text        not null unique references notification_message (event_id),
    account_id      text        not null,
    status          varchar(16) not null check (status in ('open', 'acknowledged', 'escalated')),
    -- the address the link was sent to (the sales rep's, else the analyst's)
    requested_from  text,
    deadline        timestamptz not null,
    created_at      timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    escalated_at    timestamptz
);
create index escalation_due on escalation (deadline) where status = 'open';
create index escalation_account on escalation (account_id);
