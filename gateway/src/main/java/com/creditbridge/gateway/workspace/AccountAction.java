package com.creditbridge.gateway.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;

/**
 * A form of the account page and the one API call it becomes: which fields it sends and which field
 * names the signed-in person as who. The service still decides whether the person may do it.
 *
 * @param whoField the body field naming who did it, or null for none
 */
record AccountAction(HttpMethod method, String apiTail, List<String> fields, String whoField) {

  /** By the last segment of the form's path, {@code /app/accounts/{id}/{name}}. */
  static final Map<String, AccountAction> BY_NAME =
      Map.of(
          "notes", new AccountAction(HttpMethod.POST, "/notes", List.of("text"), "author"),
          "promises",
              new AccountAction(
                  HttpMethod.POST, "/promises", List.of("amount", "promisedOn"), "recordedBy"),
          "holds", new AccountAction(HttpMethod.POST, "/holds", List.of("reason"), "placedBy"),
          "end-hold", new AccountAction(HttpMethod.DELETE, "/holds", List.of(), null),
          "overrides",
              new AccountAction(
                  HttpMethod.POST, "/overrides", List.of("reason", "until"), "approvedBy"),
          "end-override", new AccountAction(HttpMethod.DELETE, "/overrides", List.of(), null));

  static Optional<AccountAction> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  String apiPath(String accountId) {
    return "/api/v1/accounts/" + accountId + apiTail;
  }

  /**
   * The JSON body: the form's fields, stripped, a blank one left out so that the service names it
   * as missing; no body for a DELETE.
   */
  Map<String, String> body(MultiValueMap<String, String> form, String who) {
    if (method == HttpMethod.DELETE) {
      return null;
    }
    Map<String, String> body = new LinkedHashMap<>();
    for (String field : fields) {
      String value = form.getFirst(field);
      if (value != null && !value.isBlank()) {
        body.put(field, value.strip());
      }
    }
    if (whoField != null) {
      body.put(whoField, who);
    }
    return body;
  }
}
