-- The snapshot is stored in the hold-service's own columns instead of the wire JSON of
-- account.payment-status.changed: the credit facts the decision is made of, the contacts (who the
-- account is and who looks after it) and the ledger event behind it. A change of the wire contract
-- no longer changes the table, and no query reads a wire field name. Existing rows are moved over
-- from the stored wire JSON; the wire fields the service never read (exposure, pastDue, aging,
-- openInvoiceCount) go with the column.
alter table account_snapshot
    add column contacts          jsonb,
    add column currency          varchar(3),
    add column credit_limit      numeric,
    add column unapplied_credit  numeric,
    add column received_total    numeric,
    add column segment           text,
    add column open_invoices     jsonb,
    add column cause_event_id    text,
    add column cause_type        text,
    add column cause_accepted_at timestamptz;

-- open_invoices holds {invoiceId, openAmount, dueOn, disputed}, the names the wire items have too;
-- contacts holds {salesRep, creditAnalyst, salesManager}, each {id, name, email}.
update account_snapshot set
    contacts          = jsonb_strip_nulls(jsonb_build_object(
                            'salesRep', snapshot -> 'salesRep',
                            'creditAnalyst', snapshot -> 'creditAnalyst',
                            'salesManager', snapshot -> 'salesManager')),
    currency          = snapshot ->> 'currency',
    credit_limit      = (snapshot ->> 'creditLimit')::numeric,
    unapplied_credit  = coalesce((snapshot ->> 'unappliedCredit')::numeric, 0),
    received_total    = coalesce((snapshot ->> 'receivedTotal')::numeric, 0),
    segment           = snapshot ->> 'segment',
    open_invoices     = coalesce(jsonb_path_query_array(snapshot, '$.openItems[*]'), '[]'::jsonb),
    cause_event_id    = snapshot -> 'cause' ->> 'eventId',
    cause_type        = snapshot -> 'cause' ->> 'type',
    cause_accepted_at = (snapshot -> 'cause' ->> 'acceptedAt')::timestamptz;

alter table account_snapshot
    alter column contacts set not null,
    alter column currency set not null,
    alter column unapplied_credit set not null,
    alter column received_total set not null,
    alter column open_invoices set not null,
    drop column snapshot;
