package com.creditbridge.account.accounts;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.invoiceVoided;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountReadsIntegrationTest extends IntegrationTest {

  @Test
  void listsASalesRepsAccountsPageByPage() {
    String rep = newId("rep");
    List<String> ids =
        List.of(newAccountId(), newAccountId(), newAccountId()).stream().sorted().toList();
    ids.forEach(id -> accept(accountUpserted(newId("e"), id, "USD", null).replace("rep-1", rep)));

    String first = get("/api/v1/accounts?salesRepId=" + rep + "&limit=2");
    List<String> firstIds = JsonPath.read(first, "$.items[*].accountId");
    String cursor = JsonPath.read(first, "$.nextCursor");
    String second = get("/api/v1/accounts?salesRepId=" + rep + "&limit=2&cursor=" + cursor);

    assertThat(firstIds).containsExactly(ids.get(0), ids.get(1));
    List<String> secondIds = JsonPath.read(second, "$.items[*].accountId");
    assertThat(secondIds).containsExactly(ids.get(2));
    assertThat((Object) JsonPath.read(second, "$.nextCursor")).isNull();
    assertThat((String) JsonPath.read(second, "$.items[0].exposure")).isEqualTo("0.00");
  }

  @Test
  void listsInvoicesByStatusWithOpenAmountAndDaysPastDue() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "LATE", "100", TODAY.minusDays(10)));
    accept(invoiceIssued(newId("e"), accountId, "PAID", "40", TODAY.minusDays(20)));
    accept(invoiceIssued(newId("e"), accountId, "NEXT", "60", TODAY.plusDays(20)));
    accept(invoiceIssued(newId("e"), accountId, "GONE", "70", TODAY.plusDays(30)));
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "65", null));
    accept(invoiceVoided(newId("e"), accountId, "GONE"));

    String all = get("/api/v1/accounts/" + accountId + "/invoices");
    String open = get("/api/v1/accounts/" + accountId + "/invoices?status=open");
    String paid = get("/api/v1/accounts/" + accountId + "/invoices?status=paid");

    List<String> statuses = JsonPath.read(all, "$.items[*].status");
    assertThat(statuses).containsExactly("paid", "open", "open", "voided");
    List<String> openIds = JsonPath.read(open, "$.items[*].invoiceId");
    assertThat(openIds).containsExactly("LATE", "NEXT");
    assertThat((String) JsonPath.read(open, "$.items[0].openAmount")).isEqualTo("75.00");
    assertThat((String) JsonPath.read(open, "$.items[0].amount")).isEqualTo("100.00");
    assertThat((Integer) JsonPath.read(open, "$.items[0].daysPastDue")).isEqualTo(10);
    assertThat((Integer) JsonPath.read(open, "$.items[1].daysPastDue")).isEqualTo(-20);
    assertThat((Object) JsonPath.read(all, "$.items[0].daysPastDue")).isNull();
    List<String> paidIds = JsonPath.read(paid, "$.items[*].invoiceId");
    assertThat(paidIds).containsExactly("PAID");

    String page1 = get("/api/v1/accounts/" + accountId + "/invoices?limit=3");
    String cursor = JsonPath.read(page1, "$.nextCursor");
    String page2 = get("/api/v1/accounts/" + accountId + "/invoices?limit=3&cursor=" + cursor);
    List<String> page2Ids = JsonPath.read(page2, "$.items[*].invoiceId");
    assertThat(page2Ids).containsExactly("GONE");
  }

  @Test
  void refusesBadParametersAndUnknownAccounts() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));

    expect400("/api/v1/accounts/" + accountId + "/invoices?status=late", "status");
    expect400("/api/v1/accounts/" + accountId + "/invoices?limit=0", "limit");
    expect400("/api/v1/accounts?limit=501", "limit");
    expect400("/api/v1/accounts?limit=many", "limit");
    expect400("/api/v1/accounts/" + accountId + "/invoices?cursor=bm9wZQ", "cursor");
    expect400("/api/v1/accounts?salesRepId=a b", "salesRepId");
    web.get()
        .uri("/api/v1/accounts/{id}/invoices", newAccountId())
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  private void expect400(String uri, String field) {
    web.get()
        .uri(uri)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  private String get(String uri) {
    return new String(
        web.get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody(),
        StandardCharsets.UTF_8);
  }
}
