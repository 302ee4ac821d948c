-- Webhook endpoints registered by CRMs and other subscribers. An empty array means "any".
create table webhook_endpoint (
    id              uuid primary key,
    url             varchar(2048) not null,
    description     varchar(500),
    event_types     text[]        not null,
    sales_rep_ids   text[]        not null,
    segments        text[]        not null,
    status          varchar(16)   not null check (status in ('enabled', 'disabled')),
    -- needed in clear to sign; returned to the client only when created
    secret          varchar(128)  not null,
    disabled_reason text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index webhook_endpoint_page on webhook_endpoint (created_at, id);

-- What this service has to tell people about, exactly as it will be sent: the structured
-- CloudEvent JSON received from Kafka (unknown fields included). Values taken from events are
-- unbounded text: a length limit here would turn one odd event into a poison pill for the consumer.
create table notification_message (
    event_id    text         primary key,
    event_type  text         not null,
    account_id  text,
    body        text         not null,
    occurred_at timestamptz  not null,
    received_at timestamptz  not null
);
create index notification_message_account on notification_message (account_id, occurred_at);

-- One message to one endpoint. A claimed delivery carries a lease: lease_id identifies the claim
-- and next_attempt_at is pushed to the lease's end, so no other replica picks it up meanwhile and a
-- crashed replica's claim simply runs out.
create table webhook_delivery (
    id              uuid        primary key,
    endpoint_id     uuid        not null references webhook_endpoint (id),
    event_id        text        not null references notification_message (event_id),
    status          varchar(16) not null check (status in ('pending', 'delivered', 'failed')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    lease_id        uuid,
    created_at      timestamptz not null,
    finished_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (endpoint_id, next_attempt_at)
    where status = 'pending';
create index webhook_delivery_event on webhook_delivery (event_id);

-- Every HTTP attempt, for GET .../deliveries and for ops.
create table webhook_attempt (
    id            bigserial   primary key,
    delivery_id   uuid        not null references webhook_delivery (id),
    attempt       int         not null,
    attempted_at  timestamptz not null,
    status_code   int,
    latency_ms    bigint      not null,
    error         text,
    next_retry_at timestamptz
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);

-- One email per message and recipient: the sales rep (to) and the credit analyst (cc) each get
-- their own row, so each is retried on its own and a redelivered event can never send twice. The
-- headers (to_addresses, cc_addresses) are the same on every copy.
create table email (
    id              uuid         primary key,
    event_id        text         not null references notification_message (event_id),
    template        text         not null,
    recipient       text         not null,
    to_addresses    text[]       not null,
    cc_addresses    text[]       not null,
    status          varchar(16)  not null check (status in ('pending', 'sent', 'failed')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    lease_id        uuid,
    subject         text,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint email_once_per_recipient unique (event_id, recipient)
);
create index email_due on email (next_attempt_at) where status = 'pending';
