package com.creditbridge.account.ingest;

import com.creditbridge.platform.problem.ApiProblem;

/**
 * What became of one event of a request.
 *
 * @param line 1-based line of an NDJSON batch (1 for a single event)
 * @param eventId null when the line had no valid event id
 * @param error null unless rejected
 */
record LineResult(int line, String eventId, IngestStatus status, ApiProblem error) {

  static LineResult rejected(int line, String eventId, ApiProblem error) {
    return new LineResult(line, eventId, IngestStatus.REJECTED, error);
  }
}
