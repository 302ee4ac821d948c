-- The ledger of the account-service. Money is NUMERIC(19,4): exact, 15 integer digits, and every
-- ISO 4217 minor unit (up to 4 decimals); amounts are validated to the account currency's scale.

-- One row per account; locked (SELECT ... FOR UPDATE) by every event for the account, so one
-- account's changes are applied one at a time.
create table account (
    account_id           varchar(64)  primary key,
    name                 varchar(200) not null,
    currency             char(3)      not null,
    credit_limit         numeric(19, 4),            -- null: no limit
    sales_rep_id         varchar(64)  not null,
    sales_rep_name       varchar(200) not null,
    sales_rep_email      varchar(254) not null,
    credit_analyst_id    varchar(64),
    credit_analyst_name  varchar(200),
    credit_analyst_email varchar(254),
    sales_manager_name   varchar(200),
    sales_manager_email  varchar(254),
    segment              varchar(100),
    ledger_version       bigint       not null default 0, -- +1 per accepted event
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);

create index account_by_sales_rep on account (sales_rep_id);

-- Idempotency: every accepted ledger event, written first in the transaction of its effect.
-- A second request with the same event_id waits on this primary key until the first commits.
create table ledger_event (
    event_id       varchar(64) primary key,
    type           varchar(64) not null,
    account_id     varchar(64) not null,
    content_hash   char(64)    not null, -- SHA-256 of the canonical content (EventFingerprint)
    ledger_version bigint,               -- the version it produced; null when it changed nothing
    received_at    timestamptz not null
);

create index ledger_event_by_account on ledger_event (account_id, received_at);

create table invoice (
    account_id   varchar(64)    not null references account,
    invoice_id   varchar(64)    not null,
    amount       numeric(19, 4) not null check (amount > 0),
    open_amount  numeric(19, 4) not null check (open_amount >= 0 and open_amount <= amount),
    issued_on    date           not null,
    due_on       date           not null check (due_on >= issued_on),
    disputed     boolean        not null default false,
    voided       boolean        not null default false,
    event_id     varchar(64)    not null, -- the invoice.issued event
    primary key (account_id, invoice_id)
);

-- The invoices that allocation and the snapshot read.
create index invoice_open on invoice (account_id, due_on, invoice_id)
    where open_amount > 0 and not voided;

create table payment (
    account_id       varchar(64)    not null references account,
    payment_id       varchar(64)    not null,
    amount           numeric(19, 4) not null check (amount > 0),
    unapplied_amount numeric(19, 4) not null check (unapplied_amount >= 0 and unapplied_amount <= amount),
    received_on      date           not null,
    invoice_id       varchar(64),            -- the invoice the customer said it pays
    ledger_version   bigint         not null, -- orders unapplied credit: oldest used first
    event_id         varchar(64)    not null, -- the payment.received event
    primary key (account_id, payment_id)
);

create index payment_unapplied on payment (account_id, ledger_version)
    where unapplied_amount > 0;

-- Every amount of a payment applied to an invoice, so that a reversal undoes exactly these.
create table payment_allocation (
    id         bigint generated always as identity primary key,
    account_id varchar(64)    not null,
    payment_id varchar(64)    not null,
    invoice_id varchar(64)    not null,
    amount     numeric(19, 4) not null check (amount > 0),
    event_id   varchar(64)    not null, -- the event that made it: the payment, or a later invoice
    foreign key (account_id, payment_id) references payment,
    foreign key (account_id, invoice_id) references invoice
);

create index payment_allocation_by_payment on payment_allocation (account_id, payment_id);
create index payment_allocation_by_invoice on payment_allocation (account_id, invoice_id);
