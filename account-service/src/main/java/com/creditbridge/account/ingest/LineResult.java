package com.creditbridge.account.ingest;

/**
 * What became of one event of a request.
 *
 * @param line 1-based line of an NDJSON batch (1 for a single event)
 * @param eventId null when the line had no valid event id
 * @param rejection null unless rejected
 */
record LineResult(int line, String eventId, IngestStatus status, Rejection rejection) {

  static LineResult rejected(int line, String eventId, Rejection rejection) {
    return new LineResult(line, eventId, IngestStatus.REJECTED, rejection);
  }
}
