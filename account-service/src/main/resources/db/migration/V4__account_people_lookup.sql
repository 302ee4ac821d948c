-- Who may see an account: a signed-in person's reads are narrowed to the accounts naming their
-- email (case-insensitively) as sales rep, credit analyst or sales manager. One index per role,
-- ending with account_id so a person's list pages in id order from the index.
create index account_by_sales_rep_email on account (lower(sales_rep_email), account_id);
create index account_by_credit_analyst_email on account (lower(credit_analyst_email), account_id);
create index account_by_sales_manager_email on account (lower(sales_manager_email), account_id);
