-- People named on accounts (learned from account.payment-status.v1) and members added by an admin.
-- Emails are stored lower-case: people are matched by email, case-insensitively.
create table person (
  email         text primary key,
  name          text,
  first_seen_at timestamptz not null,
  updated_at    timestamptz not null
);

create table member (
  email      text primary key,
  name       text not null,
  role       text not null check (role in ('credit-manager', 'credit-analyst')),
  added_at   timestamptz not null,
  updated_at timestamptz not null
);

-- Only a digest of each token is kept: a copy of the database signs nobody in.
create table sign_in_link (
  token_digest bytea primary key,
  email        text not null,
  return_to    text not null,
  created_at   timestamptz not null,
  expires_at   timestamptz not null,
  used_at      timestamptz
);
create index sign_in_link_by_email on sign_in_link (email, created_at);
create index sign_in_link_by_expiry on sign_in_link (expires_at);

create table web_session (
  id_digest    bytea primary key,
  email        text not null,
  csrf_token   text not null,
  created_at   timestamptz not null,
  last_seen_at timestamptz not null,
  ended_at     timestamptz
);
create index web_session_by_email on web_session (email);
create index web_session_by_age on web_session (created_at);
