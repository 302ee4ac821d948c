-- Credit groups: accounts that share one limit, all in one currency. The last account.upserted
-- naming a group sets its name and limit; group_version grows with each change of them. The
-- columns carry the group_ prefix so that a join with account needs no aliases.
create table credit_group (
    group_id       varchar(64)    primary key,
    group_name     varchar(200)   not null,
    group_limit    numeric(19, 4) not null check (group_limit >= 0),
    group_currency char(3)        not null, -- of the account that first named it; every member's
    group_version  bigint         not null,
    updated_at     timestamptz    not null
);

alter table account add column credit_group_id varchar(64) references credit_group;

create index account_by_credit_group on account (credit_group_id) where credit_group_id is not null;
