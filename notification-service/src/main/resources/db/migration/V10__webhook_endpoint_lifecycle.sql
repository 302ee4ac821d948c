-- Secret rotation: the previous secret keeps signing (a second signature) until it expires, so a
-- receiver can switch secrets without losing a message.
alter table webhook_endpoint add column previous_secret varchar(128);
alter table webhook_endpoint add column previous_secret_expires_at timestamptz;
-- The failing streak: set at the first failed attempt after a success, cleared by a success. An
-- endpoint whose streak is older than creditbridge.webhooks.disable-after-failing is disabled.
alter table webhook_endpoint add column failing_since timestamptz;
alter table webhook_endpoint add column last_success_at timestamptz;
-- A deleted endpoint is kept (disabled) so its delivery log and the notifications list stay whole;
-- the API no longer shows it.
alter table webhook_endpoint add column deleted_at timestamptz;

-- The delivery log of one endpoint, newest first.
create index webhook_delivery_log on webhook_delivery (endpoint_id, created_at desc, id desc);
-- Replay reads the messages since an instant.
create index notification_message_occurred on notification_message (occurred_at);
