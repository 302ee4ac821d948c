package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.notification.webhook.rules.WebhookUrlPolicy;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/v1/webhook-endpoints}. */
record WebhookEndpointRequest(
    String url, String description, List<String> eventTypes, EndpointFilter filter) {

  static final int MAX_DESCRIPTION = 500;
  static final int MAX_LIST = 100;

  List<String> eventTypesOrAll() {
    return eventTypes == null ? List.of() : eventTypes.stream().distinct().toList();
  }

  List<String> salesRepIds() {
    return filter == null || filter.salesRepIds() == null
        ? List.of()
        : filter.salesRepIds().stream().distinct().toList();
  }

  List<String> segments() {
    return filter == null || filter.segments() == null
        ? List.of()
        : filter.segments().stream().distinct().toList();
  }

  /** The endpoint as this request describes it; the rest is the endpoint's own. */
  WebhookEndpoint endpoint(
      UUID id, String status, String secret, String disabledReason, Instant createdAt) {
    return new WebhookEndpoint(
        id,
        url,
        description,
        eventTypesOrAll(),
        salesRepIds(),
        segments(),
        status,
        secret,
        disabledReason,
        createdAt);
  }

  /** Every problem with the request, so the client can fix them all at once. */
  List<FieldProblem> problems(WebhookUrlPolicy urls) {
    List<FieldProblem> problems = new ArrayList<>();
    urls.check(url).ifPresent(message -> problems.add(new FieldProblem("url", message)));
    if (description != null && description.length() > MAX_DESCRIPTION) {
      problems.add(
          new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
    }
    checkList(problems, "eventTypes", eventTypes);
    if (eventTypes != null) {
      for (int i = 0; i < eventTypes.size(); i++) {
        String type = eventTypes.get(i);
        if (type == null || !WebhookEvents.SUBSCRIBABLE.contains(type)) {
          problems.add(
              new FieldProblem(
                  "eventTypes[" + i + "]",
                  "is not a known event type; known: "
                      + WebhookEvents.SUBSCRIBABLE.stream().sorted().toList()));
        }
      }
    }
    if (filter != null) {
      checkList(problems, "filter.salesRepIds", filter.salesRepIds());
      checkEntries(problems, "filter.salesRepIds", filter.salesRepIds());
      checkList(problems, "filter.segments", filter.segments());
      checkEntries(problems, "filter.segments", filter.segments());
    }
    return problems;
  }

  private static void checkList(List<FieldProblem> problems, String field, List<String> values) {
    if (values != null && values.size() > MAX_LIST) {
      problems.add(new FieldProblem(field, "must have at most " + MAX_LIST + " entries"));
    }
  }

  private static void checkEntries(List<FieldProblem> problems, String field, List<String> values) {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (!Identifiers.isValid(value)) {
        problems.add(new FieldProblem(field + "[" + i + "]", Identifiers.RULE));
      }
    }
  }
}
