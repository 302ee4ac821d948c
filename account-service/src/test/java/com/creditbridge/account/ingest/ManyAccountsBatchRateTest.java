package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.ndjson;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.contracts.PaymentStatusChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The month-end batch: every line changes another account (each account's upsert, then its
 * invoice), so each chunk writes one snapshot per two events. Prints the rate from request to
 * answer (rows and snapshots committed). The suite sends 500 accounts (1,000 lines); {@code
 * -Dcreditbridge.bench.accounts=5000 -Dcreditbridge.bench.rounds=3} sends the 10,000-line benchmark
 * batch three times.
 */
class ManyAccountsBatchRateTest extends IntegrationTest {

  private static final int ACCOUNTS = Integer.getInteger("creditbridge.bench.accounts", 500);

  /** Batches measured one after the other; on a shared machine the best one says most. */
  private static final int ROUNDS = Integer.getInteger("creditbridge.bench.rounds", 1);

  @Test
  void aBatchOverManyAccountsAcceptsEveryLineAndPublishesEveryAccountsSnapshot() {
    // a first, smaller batch warms the path up, as a running service is
    ingestAccounts(Math.min(ACCOUNTS, 200));

    List<String> accounts = List.of();
    for (int round = 1; round <= ROUNDS; round++) {
      long started = System.nanoTime();
      accounts = ingestAccounts(ACCOUNTS);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "NDJSON many-accounts ingest: %d lines over %d accounts in %.2f s = %.0f events/s%n",
          2 * ACCOUNTS, ACCOUNTS, seconds, 2 * ACCOUNTS / seconds);
    }

    Map<String, PaymentStatusChanged> last = lastSnapshots(Set.copyOf(accounts));
    assertThat(last.values())
        .allSatisfy(
            s -> {
              assertThat(s.ledgerVersion()).isEqualTo(2);
              assertThat(s.exposure()).isEqualTo(new BigDecimal("100.00"));
              assertThat(s.openInvoiceCount()).isEqualTo(1);
            });
  }

  /** Upserts {@code count} new accounts and issues each an invoice, in one batch. */
  private List<String> ingestAccounts(int count) {
    List<String> accounts = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      String account = newAccountId() + "-" + a;
      accounts.add(account);
      lines.add(accountUpserted(newId("e"), account, "USD", "100000"));
      lines.add(invoiceIssued(newId("e"), account, "INV-1", "100", TODAY.plusDays(10)));
    }
    BatchResponse response =
        postBatch(ndjson(lines))
            .expectStatus()
            .isOk()
            .expectBody(BatchResponse.class)
            .returnResult()
            .getResponseBody();
    assertThat(response.accepted()).isEqualTo(2 * count);
    assertThat(response.rejected()).isZero();
    return accounts;
  }

  /** The newest snapshot of each account, read from the topic. */
  private static Map<String, PaymentStatusChanged> lastSnapshots(Set<String> accounts) {
    return PublishedSnapshots.newest(accounts, 2, Duration.ofSeconds(120));
  }
}
