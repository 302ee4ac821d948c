package com.creditbridge.account.ingest;

/** What became of an event that was not rejected. */
enum IngestStatus {
  /** Applied now. */
  ACCEPTED("accepted"),
  /** Seen before (same event id and content, or an invoice or payment already recorded as is). */
  DUPLICATE("duplicate");

  private final String wireName;

  IngestStatus(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
