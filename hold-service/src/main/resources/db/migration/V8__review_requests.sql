-- Review requests (second wave, "Working together"): a sales rep asks credit to review an account;
-- credit (and at or above jointDecisionExposure also the sales manager) approves or declines.
-- The request as the API shows it is the JSON; the columns are what lists filter and sort by.
create table review_request (
    review_id    varchar(36) primary key,
    account_id   varchar(64) not null,
    sales_rep_id varchar(64),
    status       varchar(16) not null,
    request      jsonb       not null,
    created_at   timestamptz not null,
    decided_at   timestamptz
);

-- one open request per account: a second is refused (409) by this index, also between replicas
create unique index review_request_one_open on review_request (account_id) where status = 'open';
create index review_request_list on review_request (created_at desc, review_id desc);
create index review_request_account on review_request (account_id, created_at desc);
create index review_request_sales_rep on review_request (sales_rep_id, created_at desc);

-- When an open request goes to the credit managers undecided: one due row per open request,
-- claimed with FOR UPDATE SKIP LOCKED and deleted once escalated or decided.
create table review_request_due (
    review_id varchar(36) primary key references review_request (review_id),
    due_at    timestamptz not null
);

create index review_request_due_at on review_request_due (due_at);
