-- Orders the customer placed (order.placed / order.cancelled), and the order an invoice bills.
-- "order" is a reserved word, hence customer_order.
create table customer_order (
    account_id      varchar(64)    not null references account,
    order_id        varchar(64)    not null,
    amount          numeric(19, 4) not null check (amount > 0),
    open_amount     numeric(19, 4) not null check (open_amount >= 0 and open_amount <= amount),
    invoiced_amount numeric(19, 4) not null check (invoiced_amount >= 0), -- may exceed amount
    placed_on       date           not null,
    cancelled       boolean        not null default false,
    event_id        varchar(64)    not null, -- the order.placed event
    primary key (account_id, order_id),
    check (not cancelled or open_amount = 0)
);

-- The orders every chunk loads for the snapshot, and the GET's open order amount.
create index customer_order_open on customer_order (account_id, placed_on, order_id)
    where open_amount > 0 and not cancelled;

alter table invoice add column order_id varchar(64); -- the order it bills; null when none
