package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceForOrder;
import static com.creditbridge.account.LedgerEvents.ndjson;
import static com.creditbridge.account.LedgerEvents.orderCancelled;
import static com.creditbridge.account.LedgerEvents.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.contracts.OpenOrderItem;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Orders in the ledger: placed, invoiced against, cancelled, refused, listed and published. */
class OrdersIntegrationTest extends IntegrationTest {

  private String accountId;

  @BeforeEach
  void account() {
    accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "10000"));
  }

  @Test
  void anInvoiceLowersItsOrderAndTheSnapshotCarriesTheOpenOrders() {
    accept(orderPlaced(newId("e"), accountId, "O-1", "1000", TODAY.minusDays(3)));
    accept(orderPlaced(newId("e"), accountId, "O-2", "250.50", TODAY.minusDays(1)));
    accept(orderPlaced(newId("e"), accountId, "O-3", "99", TODAY));
    accept(invoiceForOrder(newId("e"), accountId, "I-1", "400", TODAY.plusDays(30), "O-1"));
    accept(invoiceForOrder(newId("e"), accountId, "I-2", "300", TODAY.plusDays(30), "O-2"));
    accept(orderCancelled(newId("e"), accountId, "O-3"));

    account(accountId)
        .jsonPath("$.openOrderAmount")
        .isEqualTo("600.00")
        .jsonPath("$.exposure")
        .isEqualTo("700.00")
        .jsonPath("$.pastDue")
        .isEqualTo("0.00");
    orders("open", "")
        .jsonPath("$.items.length()")
        .isEqualTo(1)
        .jsonPath("$.items[0].orderId")
        .isEqualTo("O-1")
        .jsonPath("$.items[0].amount")
        .isEqualTo("1000.00")
        .jsonPath("$.items[0].openAmount")
        .isEqualTo("600.00")
        .jsonPath("$.items[0].invoicedAmount")
        .isEqualTo("400.00")
        .jsonPath("$.items[0].placedOn")
        .isEqualTo(TODAY.minusDays(3).toString())
        .jsonPath("$.items[0].status")
        .isEqualTo("open");
    orders("all", "&limit=2")
        .jsonPath("$.items[*].orderId")
        .isEqualTo(List.of("O-1", "O-2"))
        .jsonPath("$.items[1].status")
        .isEqualTo("invoiced")
        .jsonPath("$.items[1].openAmount")
        .isEqualTo("0.00")
        .jsonPath("$.nextCursor")
        .value(cursor -> nextPage((String) cursor));

    PaymentStatusChanged snapshot =
        PublishedSnapshots.newest(Set.of(accountId), 7, Duration.ofSeconds(30)).get(accountId);
    assertThat(snapshot.openOrders())
        .containsExactly(new OpenOrderItem("O-1", new BigDecimal("600.00"), TODAY.minusDays(3)));
    assertThat(snapshot.exposure()).isEqualByComparingTo("700");
  }

  private void nextPage(String cursor) {
    assertThat(cursor).isNotNull();
    web.get()
        .uri("/api/v1/accounts/{id}/orders?limit=2&cursor={cursor}", accountId, cursor)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[0].orderId")
        .isEqualTo("O-3")
        .jsonPath("$.items[0].status")
        .isEqualTo("cancelled")
        .jsonPath("$.nextCursor")
        .isEmpty();
  }

  @Test
  void everyRefusalIsA422NamingTheOrderAndChangesNothing() {
    accept(orderPlaced(newId("e"), accountId, "O-1", "100", TODAY));
    accept(orderPlaced(newId("e"), accountId, "O-X", "100", TODAY));
    accept(orderCancelled(newId("e"), accountId, "O-X"));

    expectRejected(orderPlaced(newId("e"), accountId, "O-1", "100", TODAY), "orderId");
    expectRejected(orderCancelled(newId("e"), accountId, "O-404"), "orderId");
    expectRejected(orderCancelled(newId("e"), accountId, "O-X"), "orderId");
    expectRejected(invoiceForOrder(newId("e"), accountId, "I-1", "5", TODAY, "O-404"), "orderId");
    expectRejected(invoiceForOrder(newId("e"), accountId, "I-1", "5", TODAY, "O-X"), "orderId");
    expectRejected(
        orderPlaced(newId("e"), accountId, "O-2", "5", TODAY).replace("USD", "EUR"), "currency");

    account(accountId).jsonPath("$.ledgerVersion").isEqualTo(4);
    orders("all", "").jsonPath("$.items.length()").isEqualTo(2);
  }

  @Test
  void inABatchARefusedOrderLineIsRejectedWithItsReasonAndTheOthersApply() {
    String placed = orderPlaced(newId("e"), accountId, "O-1", "100", TODAY);
    postBatch(
            ndjson(
                List.of(
                    placed,
                    orderPlaced(newId("e"), accountId, "O-1", "100", TODAY),
                    orderCancelled(newId("e"), accountId, "O-404"),
                    invoiceForOrder(newId("e"), accountId, "I-1", "30", TODAY, "O-1"),
                    placed,
                    orderPlaced(newId("e"), accountId, "O-2", "1.001", TODAY))))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.accepted")
        .isEqualTo(2)
        .jsonPath("$.duplicates")
        .isEqualTo(1)
        .jsonPath("$.rejected")
        .isEqualTo(3)
        .jsonPath("$.results[1].status")
        .isEqualTo("rejected")
        .jsonPath("$.results[1].error.status")
        .isEqualTo(422)
        .jsonPath("$.results[1].error.errors[0].field")
        .isEqualTo("orderId")
        .jsonPath("$.results[2].error.errors[0].message")
        .isEqualTo("unknown order; send order.placed first")
        .jsonPath("$.results[4].status")
        .isEqualTo("duplicate")
        .jsonPath("$.results[5].error.status")
        .isEqualTo(400)
        .jsonPath("$.results[5].error.errors[0].field")
        .isEqualTo("amount");

    orders("open", "").jsonPath("$.items[0].openAmount").isEqualTo("70.00");
  }

  @Test
  void theOrdersListAnswersUnknownAccountsAndBadStatusesLikeTheInvoicesList() {
    web.get()
        .uri("/api/v1/accounts/{id}/orders", newAccountId())
        .exchange()
        .expectStatus()
        .isNotFound();
    web.get()
        .uri("/api/v1/accounts/{id}/orders?status=paid", accountId)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("status");
  }

  private void expectRejected(String event, String field) {
    post(event)
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  private WebTestClient.BodyContentSpec orders(String status, String more) {
    return web.get()
        .uri("/api/v1/accounts/" + accountId + "/orders?status=" + status + more)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
