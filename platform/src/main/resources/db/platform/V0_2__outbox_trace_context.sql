-- The W3C traceparent of the work that wrote the row, so the relay can publish the message as part
-- of that trace and consumers continue it. Null when nothing was being traced.
alter table outbox_message add column traceparent text;
