package com.creditbridge.account.ingest;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to an NDJSON batch: {@code 200 {accepted, duplicates, rejected, results}}. */
record BatchResponse(int accepted, int duplicates, int rejected, List<LineView> results) {

  static BatchResponse of(List<LineResult> results) {
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (LineResult r : results) {
      switch (r.status()) {
        case ACCEPTED -> accepted++;
        case DUPLICATE -> duplicates++;
        case REJECTED -> rejected++;
      }
    }
    return new BatchResponse(
        accepted, duplicates, rejected, results.stream().map(LineView::of).toList());
  }

  /**
   * @param eventId null when the line had no valid event id
   * @param error only for a rejected line: the problem a single event would have had
   */
  record LineView(
      int line,
      String eventId,
      String status,
      @JsonInclude(JsonInclude.Include.NON_NULL) ErrorView error) {

    static LineView of(LineResult result) {
      return new LineView(
          result.line(),
          result.eventId(),
          result.status().wireName(),
          result.rejection() == null ? null : ErrorView.of(Rejections.problem(result.rejection())));
    }
  }

  /** RFC 9457 fields of the line's problem. */
  record ErrorView(
      String type,
      String title,
      int status,
      String detail,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldProblem> errors) {

    static ErrorView of(ApiProblem problem) {
      return new ErrorView(
          problem.type(), problem.title(), problem.status(), problem.detail(), problem.errors());
    }
  }
}
