-- The complete ledger: credit notes next to payments (one "credit" table, each kind its own id
-- space), reversals, voids and disputes, an allocation journal that reversals and voids undo
-- exactly, and each account's total of payments received.

create table credit (
    account_id       varchar(64)    not null references account,
    kind             varchar(16)    not null check (kind in ('payment', 'credit-note')),
    credit_id        varchar(64)    not null,
    amount           numeric(19, 4) not null check (amount > 0),
    unapplied_amount numeric(19, 4) not null check (unapplied_amount >= 0 and unapplied_amount <= amount),
    received_on      date,                    -- payments only
    invoice_id       varchar(64),             -- the invoice it named
    sequence         bigint         not null, -- the ledger version that brought it: oldest used first
    reversed         boolean        not null default false,
    event_id         varchar(64)    not null, -- the payment.received or credit-note.issued event
    primary key (account_id, kind, credit_id),
    check (not reversed or unapplied_amount = 0)
);

create index credit_unapplied on credit (account_id, sequence) where unapplied_amount > 0;

insert into credit (account_id, kind, credit_id, amount, unapplied_amount, received_on, invoice_id,
                    sequence, event_id)
select account_id, 'payment', payment_id, amount, unapplied_amount, received_on, invoice_id,
       ledger_version, event_id
from payment;

-- Every movement of credit onto an invoice (positive) or back off it (negative, by a reversal or a
-- void), by the event that made it. The net per (credit, invoice) is what is applied now.
create table allocation (
    id          bigint generated always as identity primary key,
    account_id  varchar(64)    not null,
    credit_kind varchar(16)    not null,
    credit_id   varchar(64)    not null,
    invoice_id  varchar(64)    not null,
    amount      numeric(19, 4) not null check (amount <> 0),
    event_id    varchar(64)    not null,
    foreign key (account_id, credit_kind, credit_id) references credit,
    foreign key (account_id, invoice_id) references invoice
);

create index allocation_by_credit on allocation (account_id, credit_kind, credit_id);
create index allocation_by_invoice on allocation (account_id, invoice_id);

insert into allocation (account_id, credit_kind, credit_id, invoice_id, amount, event_id)
select account_id, 'payment', payment_id, invoice_id, amount, event_id
from payment_allocation
order by id;

drop table payment_allocation;
drop table payment;

-- Every payment received, less reversed ones (credit notes are not payments).
alter table account add column received_total numeric(19, 4) not null default 0;

update account a
set received_total = coalesce(
        (select sum(amount) from credit c where c.account_id = a.account_id and c.kind = 'payment'),
        0);

-- The account list pages by id, optionally within a sales rep's accounts.
drop index account_by_sales_rep;
create index account_by_sales_rep on account (sales_rep_id, account_id);
