package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.creditNoteIssued;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.invoiceVoided;
import static com.creditbridge.account.LedgerEvents.ndjson;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NdjsonBatchIntegrationTest extends IntegrationTest {

  private static final int ACCOUNTS = 100;

  @Test
  void aTenThousandLineBatchAnswersEveryLineAndPublishesEachAccountsFinalSnapshot() {
    List<String> accounts = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      accounts.add(newAccountId());
    }
    List<String> good = new ArrayList<>();
    // per account: 1 upsert, 30 invoices of 100, 30 payments of 50, 19 credit notes of 10,
    // interleaved across accounts (each account's own events stay in order)
    for (int step = 0; step < 80; step++) {
      for (String account : accounts) {
        good.add(goodEvent(account, step));
      }
    }
    List<String> lines = new ArrayList<>(good);
    for (int i = 0; i < 1000; i++) {
      lines.add(good.get(i * 7)); // a resend: duplicate
      int kind = i % 4;
      String account = accounts.get(i % ACCOUNTS);
      lines.add(
          switch (kind) {
            case 0 -> invoiceIssued(newId("e"), account, "BAD-" + i, "0", TODAY);
            case 1 -> invoiceVoided(newId("e"), account, "INV-404");
            case 2 -> "{\"eventId\": \"broken-" + i + "\", ";
            default ->
                good.get(i * 3) // the same event id with other content: a conflict
                    .replace("\"amount\":100", "\"amount\":101")
                    .replace("Acme Ltd", "Acme Other");
          });
    }
    assertThat(lines).hasSize(10_000);

    long started = System.nanoTime();
    BatchResponse response = postNdjson(ndjson(lines));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "NDJSON ingest: %d lines in %.2f s = %.0f events/s%n",
        lines.size(), seconds, lines.size() / seconds);

    assertThat(response.accepted()).isEqualTo(8000);
    assertThat(response.duplicates()).isEqualTo(1000);
    assertThat(response.rejected()).isEqualTo(1000);
    assertThat(response.results())
        .extracting(BatchResponse.LineView::line)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 10_000).boxed().toList());
    Map<Integer, BatchResponse.LineView> byLine =
        response.results().stream().collect(Collectors.toMap(BatchResponse.LineView::line, r -> r));
    // after the 8,000 good lines: pairs of a resend and a bad line
    assertThat(byLine.get(8001).status()).isEqualTo("duplicate");
    assertThat(byLine.get(8001).error()).isNull();
    assertThat(byLine.get(8002).error().status()).isEqualTo(400);
    assertThat(byLine.get(8002).error().errors().get(0).field()).isEqualTo("amount");
    assertThat(byLine.get(8004).error().status()).isEqualTo(422);
    assertThat(byLine.get(8004).error().errors().get(0).field()).isEqualTo("invoiceId");
    assertThat(byLine.get(8006).error().type()).endsWith("malformed-request");
    assertThat(byLine.get(8006).eventId()).isNull();
    assertThat(byLine.get(8008).error().status()).isEqualTo(409);
    assertThat(byLine.get(8008).error().errors().get(0).field()).isEqualTo("eventId");

    for (String account : List.of(accounts.get(0), accounts.get(ACCOUNTS - 1))) {
      account(account)
          .jsonPath("$.exposure")
          .isEqualTo("1310.00")
          .jsonPath("$.ledgerVersion")
          .isEqualTo(80);
    }
    Map<String, PaymentStatusChanged> last = lastSnapshots(Set.copyOf(accounts));
    assertThat(last.values())
        .allSatisfy(
            s -> {
              assertThat(s.ledgerVersion()).isEqualTo(80);
              assertThat(s.exposure()).isEqualTo(new BigDecimal("1310.00"));
              assertThat(s.receivedTotal()).isEqualTo(new BigDecimal("1500.00"));
              // by the service's clock (the test's day), not the wall clock
              assertThat(LocalDate.ofInstant(s.cause().acceptedAt(), ZoneOffset.UTC))
                  .isEqualTo(TODAY);
            });

    started = System.nanoTime();
    BatchResponse again = postNdjson(ndjson(lines));
    System.out.printf(
        "NDJSON resend (all duplicates or rejected): %.2f s%n",
        (System.nanoTime() - started) / 1e9);
    assertThat(again.accepted()).isZero();
    assertThat(again.duplicates()).isEqualTo(9000);
    assertThat(again.rejected()).isEqualTo(1000);
  }

  @Test
  void blankLinesAreSkippedButKeepTheLineNumbers() {
    String account = newAccountId();
    String body =
        ndjson(List.of(accountUpserted(newId("e"), account, "USD", null)))
            + "\n  \r\n"
            + ndjson(List.of(invoiceIssued(newId("e"), account, "INV-1", "10", TODAY)));

    BatchResponse response = postNdjson(body);

    assertThat(response.results())
        .extracting(BatchResponse.LineView::line, BatchResponse.LineView::status)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(1, "accepted"),
            org.assertj.core.api.Assertions.tuple(4, "accepted"));
  }

  @Test
  void moreThanTenThousandLinesIsTooLarge() {
    String line = invoiceVoided(newId("e"), newAccountId(), "INV-1");
    postBatch(ndjson(java.util.Collections.nCopies(10_001, line)))
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("A batch holds at most 10000 events; split it.");
  }

  @Test
  void aBodyOverTwentyMebibytesIsTooLarge() {
    String account = newAccountId();
    String line = ndjson(List.of(accountUpserted(newId("e"), account, "USD", null)));
    postBatch(line + " ".repeat(20 * 1024 * 1024)).expectStatus().isEqualTo(413);
    web.get().uri("/api/v1/accounts/{id}", account).exchange().expectStatus().isNotFound();
  }

  private BatchResponse postNdjson(String body) {
    return postBatch(body)
        .expectStatus()
        .isOk()
        .expectBody(BatchResponse.class)
        .returnResult()
        .getResponseBody();
  }

  private static String goodEvent(String account, int step) {
    if (step == 0) {
      return accountUpserted(newId("e"), account, "USD", "100000");
    }
    if (step <= 30) {
      return invoiceIssued(newId("e"), account, "INV-" + step, "100", TODAY.minusDays(step));
    }
    if (step <= 60) {
      return paymentReceived(newId("e"), account, "PAY-" + step, "50", null);
    }
    return creditNoteIssued(newId("e"), account, "CN-" + step, "10", null);
  }

  /** The newest snapshot of each account, read from the topic. */
  private static Map<String, PaymentStatusChanged> lastSnapshots(Set<String> accounts) {
    return PublishedSnapshots.newest(accounts, 80, Duration.ofSeconds(60));
  }
}
