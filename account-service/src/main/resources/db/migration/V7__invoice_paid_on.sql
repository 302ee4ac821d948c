-- The day an invoice became fully paid (payment behaviour): the receivedOn of the payment, or the
-- day of the credit note, that brought its open amount to 0; null while open (a reversal clears
-- it) and for invoices paid before this was kept. Credit notes now keep their day in received_on.
alter table invoice add column paid_on date;

create index invoice_paid on invoice (account_id, paid_on) where paid_on is not null;
