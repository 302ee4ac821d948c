package com.creditbridge.account.ingest;

/** The answer to one JSON ledger event: {@code 202 {eventId, status}}. */
record IngestResponse(String eventId, String status) {}
