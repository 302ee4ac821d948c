package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.account.LedgerEvents;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrentIngestIntegrationTest extends IntegrationTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(20);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void twentyParallelPaymentsForOneAccountAreAllApplied() throws Exception {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "INV-1", "1000", TODAY));

    List<String> statuses =
        inParallel(20, i -> paymentReceived(newId("e"), accountId, "PAY-" + i, "12.5", null));

    assertThat(statuses).hasSize(20).containsOnly("accepted");
    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("750.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(22);
  }

  @Test
  void parallelRequestsWithTheSameEventIdApplyItOnce() throws Exception {
    String accountId = newAccountId();
    String eventId = newId("e");
    accept(accountUpserted(newId("e"), accountId, "USD", null));

    List<String> statuses =
        inParallel(10, i -> paymentReceived(eventId, accountId, "PAY-1", "10", null));

    assertThat(statuses).containsOnlyOnce("accepted").filteredOn("duplicate"::equals).hasSize(9);
    account(accountId)
        .jsonPath("$.unappliedCredit")
        .isEqualTo("10.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void aRefusedEventAmongParallelOnesIsRefusedAloneAndTheOthersApplied() throws Exception {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> codes =
        IntStream.range(0, 10)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          // the fifth names an invoice the account does not have: 422
                          String json =
                              paymentReceived(
                                  newId("e"),
                                  accountId,
                                  "PAY-" + i,
                                  "10",
                                  i == 4 ? "INV-404" : null);
                          awaitQuietly(start);
                          return post(json).returnResult(String.class).getStatus().value();
                        },
                        pool))
            .toList();
    start.countDown();
    CompletableFuture.allOf(codes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    assertThat(codes.stream().map(CompletableFuture::join))
        .containsOnlyOnce(422)
        .filteredOn(code -> code == 202)
        .hasSize(9);
    account(accountId)
        .jsonPath("$.unappliedCredit")
        .isEqualTo("90.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(10);
  }

  @Test
  void parallelUpsertsCreatingTheSameNewAccountAreAllApplied() throws Exception {
    String accountId = newAccountId();

    List<String> statuses =
        inParallel(10, i -> accountUpserted(newId("e"), accountId, "USD", null));

    assertThat(statuses).containsOnly("accepted");
    account(accountId).jsonPath("$.ledgerVersion").isEqualTo(10);
  }

  @Test
  void parallelBatchesForOneAccountLoseNoUpdate() throws Exception {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "INV-1", "10000", TODAY));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<BatchResponse>> batches =
        IntStream.range(0, 8)
            .mapToObj(
                b ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          String body =
                              LedgerEvents.ndjson(
                                  IntStream.range(0, 25)
                                      .mapToObj(
                                          i ->
                                              paymentReceived(
                                                  newId("e"),
                                                  accountId,
                                                  "P-" + b + "-" + i,
                                                  "1",
                                                  null))
                                      .toList());
                          awaitQuietly(start);
                          return postBatch(body)
                              .expectStatus()
                              .isOk()
                              .expectBody(BatchResponse.class)
                              .returnResult()
                              .getResponseBody();
                        },
                        pool))
            .toList();
    start.countDown();
    CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    assertThat(batches).allSatisfy(b -> assertThat(b.join().accepted()).isEqualTo(25));
    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("9800.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(202);
  }

  /** Posts the events all at once (released together by a latch); returns their statuses. */
  private List<String> inParallel(int count, IntFunction<String> event) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<String>> responses =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          String json = event.apply(i);
                          awaitQuietly(start);
                          return post(json)
                              .expectStatus()
                              .isAccepted()
                              .expectBody(IngestResponse.class)
                              .returnResult()
                              .getResponseBody()
                              .status();
                        },
                        pool))
            .toList();
    start.countDown();
    CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    return responses.stream().map(CompletableFuture::join).toList();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
