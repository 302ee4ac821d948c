-- Issue 16: each policy version's re-evaluation is closed once, when no account is decided with an
-- older version any more: the row is inserted (on conflict do nothing) in the same transaction as
-- credit.policy.reevaluated is appended to the outbox, so replicas and restarts publish it once.
create table policy_reevaluation (
    policy_version   bigint      primary key,
    -- the accounts whose status the version's re-evaluation changed (credit_decision rows with
    -- trigger 'policy'), counted when it closed
    changed_accounts integer     not null,
    completed_at     timestamptz not null
);

-- Counting a version's policy-caused changes reads only those rows.
create index credit_decision_policy_change on credit_decision (policy_version)
    where trigger = 'policy' and status <> previous_status;
