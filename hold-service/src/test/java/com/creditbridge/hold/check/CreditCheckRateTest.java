package com.creditbridge.hold.check;

import static com.creditbridge.hold.AccountSnapshotBuilder.account;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.ServiceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Order credit checks of one group member by 32 callers at once, straight to the service (no
 * gateway), printing the rate and the latency percentiles. The suite runs 200 checks; {@code
 * -Dcreditbridge.bench.checks=20000} measures.
 */
class CreditCheckRateTest extends ServiceTest {

  private static final int CHECKS = Integer.getInteger("creditbridge.bench.checks", 200);
  private static final int CALLERS = 32;

  @LocalServerPort int port;
  @Autowired DatabaseClient db;

  @Test
  void answersAndRecordsEveryCheckOfManyCallers() {
    String group = "grp-" + UUID.randomUUID();
    String acme =
        knownAccount(
            account(newAccount())
                .invoice("INV-A", "6000.00", "2026-12-31")
                .order("ORD-A", "1500.00", "2026-05-01")
                .group(group, "25000.00", 1),
            CreditStatus.CLEAR);
    knownAccount(
        account(newAccount())
            .creditLimit(null)
            .invoice("INV-B", "14000.00", "2026-12-31")
            .group(group, "25000.00", 1),
        CreditStatus.CLEAR);
    WebClient client = WebClient.create("http://127.0.0.1:" + port);
    Map<String, Object> body = Map.of("accountId", acme, "amount", "1600.00", "currency", "EUR");
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    long start = System.nanoTime();
    long answered =
        Flux.range(0, CHECKS)
            .flatMap(
                i -> {
                  long sent = System.nanoTime();
                  return client
                      .post()
                      .uri("/api/v1/credit-checks")
                      .contentType(MediaType.APPLICATION_JSON)
                      .bodyValue(body)
                      .retrieve()
                      .bodyToMono(String.class)
                      .doOnNext(answer -> latencies.add(System.nanoTime() - sent));
                },
                CALLERS)
            .filter(answer -> answer.contains("\"decision\":\"review\""))
            .count()
            .block(Duration.ofMinutes(10));
    long nanos = System.nanoTime() - start;

    assertThat(answered).isEqualTo(CHECKS);
    assertThat(
            db.sql("select count(*) as n from credit_check where account_id = :id")
                .bind("id", acme)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(TIMEOUT))
        .isEqualTo(CHECKS);
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(
        "CREDIT CHECK RATE: %d checks by %d callers in %d ms (%.0f checks/s), p50 %.1f ms,"
            + " p99 %.1f ms%n",
        CHECKS,
        CALLERS,
        nanos / 1_000_000,
        CHECKS / (nanos / 1e9),
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
  }
}
