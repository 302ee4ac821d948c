package com.creditbridge.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.support.NotificationIntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Versions, restores, proposals and the template check, on a template no other test edits. */
class TemplateVersionsApiTest extends NotificationIntegrationTest {

  private static final String KEY = "credit.promise.broken";
  private static final String TEMPLATE = "/api/v1/templates/" + KEY;

  /** A template body: a valid promise-broken template unless a part is replaced. */
  static Map<String, Object> template(String subject, String text, String html) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", subject);
    body.put("text", text);
    body.put("html", html);
    return body;
  }

  static Map<String, Object> template(String words) {
    return template(
        "{{accountName}}: " + words, "Hello {{salesRepName}}, " + words, "<p>" + words + "</p>");
  }

  private WebTestClient.ResponseSpec putAs(String person, Map<String, Object> body) {
    return http.put()
        .uri(TEMPLATE)
        .header(PersonHeaders.EMAIL, person + "@example.com")
        .header(PersonHeaders.NAME, person)
        .header(PersonHeaders.ROLES, "credit-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private int latestVersion() {
    List<?> items =
        (List<?>)
            http.get()
                .uri(TEMPLATE + "/versions")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("items");
    return items.isEmpty() ? 0 : (Integer) ((Map<?, ?>) items.get(0)).get("version");
  }

  private String propose(Map<String, Object> body) {
    return (String)
        http.post()
            .uri(TEMPLATE + "/proposals")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }

  private static Map<String, Object> proposal(String words) {
    Map<String, Object> body = template(words);
    body.put("proposedBy", Map.of("name", "Sam Sales", "email", "sam@example.com"));
    body.put("comment", "Customers read this.");
    return body;
  }

  @AfterEach
  void backToTheDefault() {
    http.delete().uri(TEMPLATE).exchange().expectStatus().isOk();
  }

  @Test
  void everyAcceptedEditIsAVersionSayingWhoAndWhen() {
    int before = latestVersion();

    putAs("Cora", template("first words")).expectStatus().isOk();
    putAs("Carl", template("second words")).expectStatus().isOk();

    http.get()
        .uri(TEMPLATE + "/versions")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[0].version")
        .isEqualTo(before + 2)
        .jsonPath("$.items[0].text")
        .isEqualTo("Hello {{salesRepName}}, second words")
        .jsonPath("$.items[0].changedBy")
        .isEqualTo("Carl <carl@example.com>")
        .jsonPath("$.items[0].origin")
        .isEqualTo("edit")
        .jsonPath("$.items[1].version")
        .isEqualTo(before + 1)
        .jsonPath("$.items[1].changedBy")
        .isEqualTo("Cora <cora@example.com>")
        .jsonPath("$.items[1].changedAt")
        .exists();
  }

  @Test
  void restoringMakesANewVersionEqualToTheOldOne() {
    putAs("Cora", template("first words")).expectStatus().isOk();
    int first = latestVersion();
    putAs("Carl", template("second words")).expectStatus().isOk();

    http.post()
        .uri(TEMPLATE + "/versions/" + first + "/restore")
        .header(PersonHeaders.EMAIL, "cora@example.com")
        .header(PersonHeaders.NAME, "Cora")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(first + 2)
        .jsonPath("$.origin")
        .isEqualTo("restore")
        .jsonPath("$.restoredFrom")
        .isEqualTo(first)
        .jsonPath("$.text")
        .isEqualTo("Hello {{salesRepName}}, first words");
    http.get()
        .uri(TEMPLATE)
        .exchange()
        .expectBody()
        .jsonPath("$.text")
        .isEqualTo("Hello {{salesRepName}}, first words");
  }

  @Test
  void restoringAVersionThatDoesNotExistIsNotFoundAndChangesNothing() {
    int before = latestVersion();

    http.post().uri(TEMPLATE + "/versions/999999/restore").exchange().expectStatus().isNotFound();
    http.post().uri(TEMPLATE + "/versions/abc/restore").exchange().expectStatus().isNotFound();

    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void aRestoredVersionIsCheckedAgainstTheWordingInForce() {
    putAs("Cora", template("a swift check")).expectStatus().isOk();
    int old = latestVersion();
    changeWording(List.of(Map.of("avoid", "swift check", "use", "quick look")));
    try {
      http.post()
          .uri(TEMPLATE + "/versions/" + old + "/restore")
          .exchange()
          .expectStatus()
          .isEqualTo(422)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("subject")
          .jsonPath("$.errors[0].message")
          .value(m -> assertThat((String) m).contains("swift check"));
      assertThat(latestVersion()).isEqualTo(old);
    } finally {
      changeWording(List.of());
    }
  }

  @Test
  void aProposalAcceptedByACreditManagerBecomesTheTemplateOnce() {
    String id = propose(proposal("the proposed words"));
    http.get()
        .uri(TEMPLATE + "/proposals")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.id == '" + id + "')].status")
        .isEqualTo("open")
        .jsonPath("$.items[?(@.id == '" + id + "')].proposedBy.name")
        .isEqualTo("Sam Sales");

    http.post()
        .uri(TEMPLATE + "/proposals/" + id + "/accept")
        .header(PersonHeaders.EMAIL, "cora@example.com")
        .header(PersonHeaders.NAME, "Cora")
        .header(PersonHeaders.ROLES, "credit-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("comment", "Good idea."))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("accepted")
        .jsonPath("$.decidedBy")
        .isEqualTo("Cora <cora@example.com>")
        .jsonPath("$.decisionComment")
        .isEqualTo("Good idea.")
        .jsonPath("$.acceptedVersion")
        .isEqualTo(latestVersion());
    http.get()
        .uri(TEMPLATE)
        .exchange()
        .expectBody()
        .jsonPath("$.text")
        .isEqualTo("Hello {{salesRepName}}, the proposed words");
    http.get()
        .uri(TEMPLATE + "/versions")
        .exchange()
        .expectBody()
        .jsonPath("$.items[0].origin")
        .isEqualTo("proposal")
        .jsonPath("$.items[0].proposalId")
        .isEqualTo(id);

    int accepted = latestVersion();
    for (String decision : List.of("accept", "decline")) {
      http.post()
          .uri(TEMPLATE + "/proposals/" + id + "/" + decision)
          .exchange()
          .expectStatus()
          .isEqualTo(409);
    }
    assertThat(latestVersion()).isEqualTo(accepted);
  }

  @Test
  void aDeclinedProposalChangesNothingAndStaysDeclined() {
    int before = latestVersion();
    String id = propose(proposal("words nobody wanted"));

    http.post()
        .uri(TEMPLATE + "/proposals/" + id + "/decline")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("comment", "Too casual."))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("declined")
        .jsonPath("$.acceptedVersion")
        .doesNotExist();

    http.post()
        .uri(TEMPLATE + "/proposals/" + id + "/accept")
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    assertThat(latestVersion()).isEqualTo(before);
    http.post()
        .uri(TEMPLATE + "/proposals/" + UUID.randomUUID() + "/decline")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aProposalNamesItsProposerAndIsCheckedLikeAnEdit() {
    http.post()
        .uri(TEMPLATE + "/proposals")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(template("no name given"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("proposedBy");
    http.post()
        .uri(TEMPLATE + "/proposals")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(proposal("orders are blocked"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("subject");
    http.post()
        .uri(TEMPLATE + "/proposals")
        .header(PersonHeaders.EMAIL, "rita@example.com")
        .header(PersonHeaders.NAME, "Rita Rep")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(template("from the workspace"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.proposedBy.email")
        .isEqualTo("rita@example.com")
        .jsonPath("$.status")
        .isEqualTo("open");
  }

  static Stream<Arguments> refusedTemplates() {
    return Stream.of(
        Arguments.of(
            "an avoided phrase",
            template("{{accountName}}", "The account is on hold.", "<p>ok</p>"),
            "text",
            "\"on hold\""),
        Arguments.of(
            "triple mustache",
            template("{{accountName}}", "ok", "<p>{{{accountName}}}</p>"),
            "html",
            "unescaped HTML"),
        Arguments.of(
            "ampersand tag",
            template("{{accountName}}", "{{& accountName}}", "<p>ok</p>"),
            "text",
            "unescaped HTML"),
        Arguments.of(
            "an unclosed section",
            template("{{accountName}}", "ok", "{{#hasPromise}}never closed"),
            "html",
            "syntax error"),
        Arguments.of(
            "an unknown tag",
            template("{{acountName}}", "ok", "<p>ok</p>"),
            "subject",
            "unknown variable"),
        Arguments.of(
            "a line break in the subject",
            template("{{accountName}}\r\nBcc: x@example.com", "ok", "<p>ok</p>"),
            "subject",
            "line break"),
        Arguments.of(
            "a line break made of a Unicode line separator",
            template("{{accountName}}\u2028Bcc: x@example.com", "ok", "<p>ok</p>"),
            "subject",
            "line break"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTemplates")
  void refusesATemplateNamingTheFieldAndTheProblemAndKeepsNoVersion(
      String what, Map<String, Object> body, String field, String problem) {
    int before = latestVersion();

    putAs("Cora", body)
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field)
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains(problem));

    assertThat(latestVersion()).isEqualTo(before);
    http.get().uri(TEMPLATE).exchange().expectBody().jsonPath("$.customized").isEqualTo(false);
  }

  /** The defaults' labels, with these phrases. */
  private void changeWording(List<Map<String, String>> extraPhrases) {
    List<Map<String, String>> phrases =
        new java.util.ArrayList<>(
            List.of(
                Map.of("avoid", "credit hold", "use", "order review"),
                Map.of("avoid", "on hold", "use", "order review"),
                Map.of("avoid", "blocked", "use", "paused")));
    phrases.addAll(extraPhrases);
    http.put()
        .uri("/api/v1/wording")
        .header(PersonHeaders.EMAIL, "cora@example.com")
        .header(PersonHeaders.ROLES, "credit-manager")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "statusLabels",
                Map.of(
                    "CLEAR", "In good standing",
                    "APPROACHING", "Payment reminder",
                    "ON_HOLD", "Order review"),
                "phrases",
                phrases))
        .exchange()
        .expectStatus()
        .isOk();
  }
}
