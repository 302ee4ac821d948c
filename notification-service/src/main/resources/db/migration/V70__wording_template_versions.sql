-- Issue 15: the wording chosen together, template versions and proposals.

-- Each PUT /api/v1/wording is a new version; the highest is in force (none: the contract's
-- defaults, version 0). status_labels is the JSON object {CLEAR, APPROACHING, ON_HOLD}, phrases
-- the JSON array [{avoid, use}].
create table wording (
    version          bigint      primary key,
    status_labels    text        not null,
    phrases          text        not null,
    changed_by_name  text,
    changed_by_email text,
    changed_at       timestamptz not null
);

-- The highest wording version appended to the outbox: at start a version above it (or the
-- defaults, when nothing was ever published) is published once more, so the compacted topic always
-- ends with the wording in force.
create table wording_publication (
    singleton         boolean primary key default true check (singleton),
    published_version bigint  not null
);

-- Every accepted edit of a template (a PUT, a restore, an accepted proposal), numbered per
-- template from 1. email_template keeps the one in force, as before.
create table email_template_version (
    template_key text        not null,
    version      int         not null,
    subject      text        not null,
    text_body    text        not null,
    html_body    text        not null,
    changed_by   text,
    changed_at   timestamptz not null,
    -- 'edit', 'restore' (of restored_from) or 'proposal' (of proposal_id)
    origin       text        not null check (origin in ('edit', 'restore', 'proposal')),
    restored_from int,
    proposal_id  uuid,
    primary key (template_key, version)
);

-- A wording of a template that sales proposed; a credit manager accepts (a new version) or
-- declines it, once.
create table template_proposal (
    id                uuid        primary key,
    template_key      text        not null,
    subject           text        not null,
    text_body         text        not null,
    html_body         text        not null,
    comment           text,
    proposed_by_name  text,
    proposed_by_email text,
    proposed_at       timestamptz not null,
    status            text        not null default 'open'
                      check (status in ('open', 'accepted', 'declined')),
    decided_by        text,
    decided_at        timestamptz,
    decision_comment  text,
    accepted_version  int
);
create index template_proposal_by_key on template_proposal (template_key, proposed_at desc);
