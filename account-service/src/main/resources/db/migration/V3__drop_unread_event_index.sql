-- Nothing reads ledger_event by account (only by event id, its primary key), and every accepted
-- event paid an insert into this index: a 10,000-line batch wrote 10,000 entries for no reader.
drop index ledger_event_by_account;
