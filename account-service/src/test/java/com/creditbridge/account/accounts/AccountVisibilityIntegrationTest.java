package com.creditbridge.account.accounts;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.platform.access.PersonHeaders;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** A signed-in person, called for by the gateway, reads only the accounts naming them. */
class AccountVisibilityIntegrationTest extends IntegrationTest {

  /** An account naming these people (by email; analyst and manager optional). */
  private String accountOf(String repEmail, String analystEmail, String managerEmail) {
    String accountId = newAccountId();
    String json =
        accountUpserted(newId("e"), accountId, "USD", null)
            .replace("ana@example.com", repEmail)
            .replace("carl@example.com", analystEmail)
            .replace("mia@example.com", managerEmail);
    accept(json);
    return accountId;
  }

  private static String unique(String who) {
    return newId(who) + "@example.com";
  }

  @Test
  void aRepReadsTheirOwnAccountAndAnotherRepsIsAsUnknownAsAMissingOne() {
    String rep = unique("rep");
    String own = accountOf(rep.toUpperCase(), unique("analyst"), unique("manager"));
    String others = accountOf(unique("rep"), unique("analyst"), unique("manager"));
    accept(invoiceIssued(newId("e"), others, "INV-1", "100", TODAY));

    as(rep, null, "/api/v1/accounts/" + own).expectStatus().isOk();
    as(rep, null, "/api/v1/accounts/" + own + "/invoices").expectStatus().isOk();
    String hidden = body(as(rep, null, "/api/v1/accounts/" + others).expectStatus().isNotFound());
    String missing = body(as(rep, null, "/api/v1/accounts/NOPE-1").expectStatus().isNotFound());
    assertThat(hidden.replace(others, "X")).isEqualTo(missing.replace("NOPE-1", "X"));
    as(rep, null, "/api/v1/accounts/" + others + "/invoices").expectStatus().isNotFound();
  }

  @Test
  void aPersonsListHoldsOnlyTheAccountsNamingThemInFullPages() {
    String manager = unique("manager");
    List<String> managed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      managed.add(accountOf(unique("rep"), unique("analyst"), manager));
    }
    accountOf(unique("rep"), unique("analyst"), unique("manager"));

    String first = body(as(manager, null, "/api/v1/accounts?limit=2").expectStatus().isOk());
    String cursor = JsonPath.read(first, "$.nextCursor");
    String second =
        body(as(manager, null, "/api/v1/accounts?limit=2&cursor=" + cursor).expectStatus().isOk());

    List<String> listed =
        new ArrayList<>(JsonPath.<List<String>>read(first, "$.items[*].accountId"));
    assertThat(listed).hasSize(2);
    listed.addAll(JsonPath.read(second, "$.items[*].accountId"));
    assertThat(listed).containsExactlyElementsOf(managed.stream().sorted().toList());
    assertThat((Object) JsonPath.read(second, "$.nextCursor")).isNull();
  }

  @Test
  void aCreditAnalystNamedOnTheAccountSeesIt() {
    String analyst = unique("analyst");
    String account = accountOf(unique("rep"), analyst, unique("manager"));

    as(analyst, "", "/api/v1/accounts/" + account).expectStatus().isOk();
    List<String> listed =
        JsonPath.read(body(as(analyst, null, "/api/v1/accounts")), "$.items[*].accountId");
    assertThat(listed).containsExactly(account);
  }

  @Test
  void aCreditMemberSeesEveryAccount() {
    String account = accountOf(unique("rep"), unique("analyst"), unique("manager"));

    as(unique("member"), "credit-manager", "/api/v1/accounts/" + account).expectStatus().isOk();
    as(unique("member"), "credit-analyst", "/api/v1/accounts/" + account).expectStatus().isOk();
  }

  @Test
  void anUnknownRoleGivesNoRight() {
    String account = accountOf(unique("rep"), unique("analyst"), unique("manager"));

    as(unique("member"), "admin", "/api/v1/accounts/" + account).expectStatus().isNotFound();
  }

  private ResponseSpec as(String email, String roles, String uri) {
    var request = web.get().uri(uri).header(PersonHeaders.EMAIL, email);
    if (roles != null) {
      request = request.header(PersonHeaders.ROLES, roles);
    }
    return request.exchange();
  }

  private static String body(ResponseSpec response) {
    return new String(
        response.expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
  }
}
