package com.creditbridge.hold.access;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.platform.access.PersonHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.RequestBodySpec;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/**
 * Row-level access: the gateway calls for a signed-in person with the person headers, and the
 * service shows and changes only the accounts that person may see.
 */
class WhoSeesWhichAccountTest extends ServiceTest {

  private static final String ALL = "status=CLEAR,APPROACHING,ON_HOLD";

  /** A signed-in person as the gateway describes them. */
  private record Person(String email, String roles, String name) {
    static Person rep(String repId) {
      return new Person(repId + "@example.com", null, null);
    }

    static Person unique(String kind, String roles, String name) {
      return new Person(kind + "-" + UUID.randomUUID() + "@example.com", roles, name);
    }
  }

  @Test
  void aRepSeesTheirOwnAccountAndAnotherRepsAccountIsAsUnknownAsAMissingOne() {
    String rita = "rep-" + UUID.randomUUID();
    String own = knownAccount(account(newAccount()).salesRep(rita), CreditStatus.CLEAR);
    String others = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    Person person = Person.rep(rita);

    call(HttpMethod.GET, "/api/v1/accounts/" + own + "/credit-status", person)
        .expectStatus()
        .isOk();
    call(HttpMethod.GET, "/api/v1/accounts/" + own + "/timeline", person).expectStatus().isOk();
    JsonNode hidden =
        body(
            call(HttpMethod.GET, "/api/v1/accounts/" + others + "/credit-status", person)
                .expectStatus()
                .isNotFound());
    JsonNode missing =
        body(
            call(HttpMethod.GET, "/api/v1/accounts/acct-missing/credit-status", person)
                .expectStatus()
                .isNotFound());
    assertThat(hidden.path("detail").asString().replace(others, "X"))
        .isEqualTo(missing.path("detail").asString().replace("acct-missing", "X"));
    assertThat(hidden.path("type")).isEqualTo(missing.path("type"));
    call(HttpMethod.GET, "/api/v1/accounts/" + others + "/timeline", person)
        .expectStatus()
        .isNotFound();
    post(others, "notes", Map.of("text", "Sneaky"), person).expectStatus().isNotFound();
    post(others, "promises", Map.of("amount", 10, "promisedOn", "2026-05-08"), person)
        .expectStatus()
        .isNotFound();
    post(others, "holds", Map.of("reason", "x"), person).expectStatus().isNotFound();
  }

  @Test
  void aRepsListHoldsOnlyTheirAccountsInFullPages() {
    String rita = "rep-" + UUID.randomUUID();
    List<String> own = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      own.add(knownAccount(account(newAccount()).salesRep(rita), CreditStatus.CLEAR));
    }
    knownAccount(account(newAccount()), CreditStatus.CLEAR);

    JsonNode first = list("?" + ALL + "&limit=2", Person.rep(rita));
    JsonNode second =
        list(
            "?" + ALL + "&limit=2&cursor=" + first.path("nextCursor").asString(), Person.rep(rita));

    assertThat(ids(first)).hasSize(2);
    assertThat(ids(second)).hasSize(1);
    assertThat(second.path("nextCursor").isNull()).isTrue();
    List<String> listed = new ArrayList<>(ids(first));
    listed.addAll(ids(second));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(own);
  }

  @Test
  void aSalesManagerAndACreditAnalystSeeTheAccountsNamingThem() {
    Person manager = Person.unique("manager", null, null);
    Person analyst = Person.unique("analyst", "", null);
    String managed =
        knownAccount(account(newAccount()).salesManager(manager.email()), CreditStatus.CLEAR);
    String analysed =
        knownAccount(
            account(newAccount()).creditAnalyst(analyst.email().toUpperCase()), CreditStatus.CLEAR);

    assertThat(ids(list("?" + ALL, manager))).containsExactly(managed);
    assertThat(ids(list("?" + ALL, analyst))).containsExactly(analysed);
    call(HttpMethod.GET, "/api/v1/accounts/" + analysed + "/credit-status", analyst)
        .expectStatus()
        .isOk();
    call(HttpMethod.GET, "/api/v1/accounts/" + analysed + "/credit-status", manager)
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aCreditMemberSeesEveryAccount() {
    String rep = "rep-" + UUID.randomUUID();
    String account = knownAccount(account(newAccount()).salesRep(rep), CreditStatus.CLEAR);
    Person member = Person.unique("member", "credit-analyst", null);

    call(HttpMethod.GET, "/api/v1/accounts/" + account + "/credit-status", member)
        .expectStatus()
        .isOk();
    assertThat(ids(list("?" + ALL + "&salesRepId=" + rep, member))).containsExactly(account);
  }

  @Test
  void aPersonWithoutACreditRoleMayNotPlaceOrEndHoldsAndOverrides() {
    String rita = "rep-" + UUID.randomUUID();
    String own = knownAccount(account(newAccount()).salesRep(rita), CreditStatus.CLEAR);
    Person person = Person.rep(rita);

    forbidden(post(own, "holds", Map.of("reason", "Worried"), person));
    forbidden(call(HttpMethod.DELETE, "/api/v1/accounts/" + own + "/holds", person));
    forbidden(post(own, "overrides", Map.of("reason", "Friend", "until", "2026-05-20"), person));
    forbidden(call(HttpMethod.DELETE, "/api/v1/accounts/" + own + "/overrides", person));
    assertThat(currentStatus(own)).isEqualTo("CLEAR");
  }

  @Test
  void aCreditAnalystsHoldNamesThemWhateverTheBodySays() {
    String account = knownAccount(account(newAccount()), CreditStatus.CLEAR);
    Person analyst =
        Person.unique("analyst", "credit-analyst", PersonHeaders.encodeName("Zoë Åberg"));

    post(account, "holds", Map.of("reason", "Bankruptcy filing", "placedBy", "Carla"), analyst)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.placedBy")
        .isEqualTo("Zoë Åberg");
    call(HttpMethod.DELETE, "/api/v1/accounts/" + account + "/holds?endedBy=Carla", analyst)
        .expectStatus()
        .isNoContent();

    JsonNode timeline =
        body(call(HttpMethod.GET, "/api/v1/accounts/" + account + "/timeline", analyst));
    assertThat(timeline.path("items").valueStream().map(e -> e.path("actor").asString()))
        .contains("Zoë Åberg")
        .doesNotContain("Carla");
  }

  @Test
  void notesAndPromisesOfAPersonNameThePersonAndTheListShowsTheLatestNote() {
    String rita = "rep-" + UUID.randomUUID();
    String own = knownAccount(account(newAccount()).salesRep(rita), CreditStatus.CLEAR);
    Person person = Person.rep(rita);

    post(own, "notes", Map.of("author", "Someone Else", "text", "Called the CFO"), person)
        .expectStatus()
        .isCreated();
    post(own, "promises", Map.of("amount", 10, "promisedOn", "2026-05-08"), person)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.recordedBy")
        .isEqualTo(person.email());

    JsonNode item = list("?" + ALL, person).path("items").get(0);
    assertThat(item.path("latestNote").path("author").asString()).isEqualTo(person.email());
    assertThat(item.path("latestNote").path("text").asString()).isEqualTo("Called the CFO");
  }

  @Test
  void onlyACreditManagerChangesThePolicyAndOnlyCreditRolesReadIt() {
    Person rep = Person.unique("rep", null, null);
    Person analyst = Person.unique("analyst", "credit-analyst", null);
    Person manager = Person.unique("manager", "credit-manager", null);

    forbidden(call(HttpMethod.GET, "/api/v1/policy", rep));
    forbidden(post("/api/v1/policy/simulate", Map.of("policy", Map.of()), rep));
    call(HttpMethod.GET, "/api/v1/policy", analyst).expectStatus().isOk();
    forbidden(put(Map.of("holdAfterDaysPastDue", "sixty"), analyst));
    // the manager passes the role check and meets the validation instead
    put(Map.of("holdAfterDaysPastDue", -1), manager).expectStatus().isBadRequest();
  }

  @Test
  void searchFindsAccountsByNameOrIdWhateverTheCase() {
    String rep = "rep-" + UUID.randomUUID();
    String token = UUID.randomUUID().toString().substring(0, 8);
    String zebra =
        knownAccount(
            account("zz-" + token + "-1").salesRep(rep).name("Zebra Widgets 100%"),
            CreditStatus.CLEAR);
    String other =
        knownAccount(
            account("zz-" + token + "-2").salesRep(rep).name("Acme Tools"), CreditStatus.CLEAR);
    Person person = Person.rep(rep);

    assertThat(search("zebra WIDGETS", person)).containsExactly(zebra);
    assertThat(search(token.toUpperCase(), person)).containsExactlyInAnyOrder(zebra, other);
    assertThat(search("100%", person)).containsExactly(zebra);
    assertThat(search("1_0", person)).isEmpty();
    call(HttpMethod.GET, "/api/v1/credit-status?q=" + "x".repeat(101), person)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("q");
  }

  @Test
  void personHeadersThatAreNotOnePersonAreRefused() {
    web.get()
        .uri("/api/v1/credit-status")
        .header(PersonHeaders.EMAIL, "a@example.com", "b@example.com")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(PersonHeaders.EMAIL);
  }

  private void forbidden(ResponseSpec response) {
    response
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .exists();
  }

  private ResponseSpec call(HttpMethod method, String uri, Person person) {
    return as(web.method(method).uri(uri), person).exchange();
  }

  private ResponseSpec post(String account, String action, Object body, Person person) {
    return post("/api/v1/accounts/" + account + "/" + action, body, person);
  }

  private ResponseSpec post(String uri, Object body, Person person) {
    return as(web.post().uri(uri), person)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private ResponseSpec put(Object body, Person person) {
    return as(web.put().uri("/api/v1/policy"), person)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private static RequestBodySpec as(RequestBodySpec request, Person person) {
    request.header(PersonHeaders.EMAIL, person.email());
    if (person.roles() != null) {
      request.header(PersonHeaders.ROLES, person.roles());
    }
    if (person.name() != null) {
      request.header(PersonHeaders.NAME, person.name());
    }
    return request;
  }

  private JsonNode list(String query, Person person) {
    return body(
        call(HttpMethod.GET, "/api/v1/credit-status" + query, person).expectStatus().isOk());
  }

  private List<String> search(String q, Person person) {
    return ids(
        body(
            as(web.method(HttpMethod.GET).uri("/api/v1/credit-status?" + ALL + "&q={q}", q), person)
                .exchange()
                .expectStatus()
                .isOk()));
  }

  private static JsonNode body(ResponseSpec response) {
    return EventJson.mapper().readTree(response.expectBody().returnResult().getResponseBody());
  }

  private static List<String> ids(JsonNode page) {
    return page.path("items").valueStream().map(i -> i.path("accountId").asString()).toList();
  }
}
