package com.creditbridge.platform.problem;

import com.creditbridge.contracts.ProblemTypes;
import java.util.List;

/**
 * A request the service refuses, rendered as RFC 9457 problem details by {@link ProblemResponses}.
 * Thrown or signalled from any layer; carries only what is safe to show the client.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldProblem> errors;

  private ApiProblem(
      int status, String type, String title, String detail, List<FieldProblem> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiProblem badRequest(String detail, List<FieldProblem> errors) {
    return new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", detail, errors);
  }

  /** A body that is not JSON, or not of the expected shape. */
  public static ApiProblem malformed(String detail) {
    return malformed(detail, List.of());
  }

  /** As {@link #malformed(String)}, naming the fields at fault (a wrong type, a broken date). */
  public static ApiProblem malformed(String detail, List<FieldProblem> errors) {
    return new ApiProblem(400, ProblemTypes.MALFORMED, "Malformed request", detail, errors);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, ProblemTypes.NOT_FOUND, "Not found", detail, List.of());
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(409, ProblemTypes.CONFLICT, "Conflict", detail, List.of());
  }

  public static ApiProblem unprocessable(String detail, List<FieldProblem> errors) {
    return new ApiProblem(422, ProblemTypes.UNPROCESSABLE, "Unprocessable event", detail, errors);
  }

  public static ApiProblem of(int status, String title, String detail, List<FieldProblem> errors) {
    return new ApiProblem(status, ProblemTypes.forStatus(status), title, detail, errors);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
