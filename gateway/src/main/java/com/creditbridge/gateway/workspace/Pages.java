package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.signin.SignedInPerson;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every workspace page gets: who is signed in, their form token, and the formats. */
@Component
class Pages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PageFormats formats;

  Pages(LatestWording wording, Clock clock) {
    this.formats = new PageFormats(wording::current, clock);
  }

  Rendering.Builder<?> view(String name, SignedInPerson person) {
    return Rendering.view(name)
        .modelAttribute("me", person)
        .modelAttribute("csrf", person.csrfToken())
        .modelAttribute("fmt", formats);
  }

  Rendering notFound(SignedInPerson person) {
    return view("app/not-found", person).status(HttpStatus.NOT_FOUND).build();
  }

  Rendering forbidden(SignedInPerson person) {
    return view("app/forbidden", person).status(HttpStatus.FORBIDDEN).build();
  }

  Rendering serviceTrouble(SignedInPerson person) {
    return view("app/trouble", person).status(HttpStatus.SERVICE_UNAVAILABLE).build();
  }

  /** A problem answer of a service, as the page shows it: its detail and each field's message. */
  record Problem(int status, String detail, List<Map<String, Object>> errors) {
    HttpStatusCode code() {
      return HttpStatusCode.valueOf(status);
    }
  }

  static Problem problem(ServiceCalls.Answer answer) {
    JsonNode body = answer.body();
    String detail =
        body.hasNonNull("detail") ? body.get("detail").asString() : "The request was refused.";
    List<Map<String, Object>> errors = List.of();
    if (body.has("errors") && body.get("errors").isArray()) {
      errors = JSON.convertValue(body.get("errors"), List.class);
    }
    return new Problem(answer.status(), detail, errors);
  }

  /** JSON as maps and lists, which the templates read as {@code ${account.name}}. */
  static Object plain(JsonNode json) {
    return json == null || json.isNull() ? null : JSON.convertValue(json, Object.class);
  }
}
