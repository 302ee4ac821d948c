package com.creditbridge.bench.chaos;

import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.sink.WebhookSink;
import com.creditbridge.infrastructure.Mailbox;
import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./chaos}: CreditBridge on 3 brokers with 2 instances of every service, a stream of ledger
 * events (single and NDJSON) with webhooks and emails, and kill -9 of service instances and one
 * broker at random moments, each restarted; then the final state against the expected one. Ends
 * with {@code lost N, doubled M}; exits 1 unless both are 0.
 */
public final class ChaosRun {

  private static final List<String> ENDPOINTS = List.of("crm-a", "crm-b");
  private static final int BATCH_LINES = 200;

  /** What a run did and found. */
  public record Report(
      int accounts, List<String> killed, Tally tally, long retries, Duration took) {}

  private ChaosRun() {}

  public static void main(String[] args) {
    boolean quick = List.of(args).contains("--quick");
    int accounts = quick ? 60 : 3000;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--accounts")) {
        accounts = Integer.parseInt(args[i + 1]);
      }
    }
    Report report = run(Path.of("").toAbsolutePath(), quick, accounts, System.out);
    System.exit(report.tally().lost() == 0 && report.tally().doubled() == 0 ? 0 : 1);
  }

  public static Report run(Path home, boolean quick, int accounts, PrintStream out) {
    Instant started = Instant.now();
    Random random = new Random();
    String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    String adminKey = "cb_chaos_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Path dataDir = scratchDir();
    // fast retries: a delivery cut by a kill is sent again within seconds, not minutes
    Map<String, String> retries =
        Map.of(
            "creditbridge.webhooks.retry-schedule", "1s,2s,3s,5s,5s,5s,5s,5s",
            "creditbridge.email.retry-schedule", "1s,2s,3s,5s,5s,5s,5s,5s");
    LocalSettings settings =
        LocalSettings.defaults(home)
            .withHome(home)
            .withDataDir(dataDir)
            .withFreePorts()
            .withAdminKey(adminKey)
            .withScale(3, 2)
            .withServiceProperties("notification-service", retries);
    out.printf(
        "chaos: starting 3 Kafka brokers and 2 instances of every service (run %s)%n", runId);
    try (LocalStack stack = LocalStack.start(settings);
        WebhookSink sink = newSink()) {
      Gateways gateways = new Gateways(Api.newClient(), stack.gatewayUrls(), adminKey);
      for (String endpoint : ENDPOINTS) {
        gateways.expect(
            201,
            "POST",
            "/api/v1/webhook-endpoints",
            "application/json",
            "{\"url\":\"%s\",\"description\":\"chaos\"}".formatted(sink.url(endpoint)));
      }
      ChaosLedger ledger = new ChaosLedger(runId, accounts, LocalDate.now(ZoneOffset.UTC));
      List<String> victims = Victims.choose(stack, quick, random);
      int firstHalf = (victims.size() + 1) / 2;
      out.printf("chaos: %d accounts; will kill -9 %s%n", accounts, victims);
      Restarts restarts = new Restarts();
      List<Integer> all = java.util.stream.IntStream.range(0, accounts).boxed().toList();
      phase(
          stack,
          gateways,
          ledger,
          all,
          victims.subList(0, firstHalf),
          false,
          random,
          restarts,
          out);
      Observations observations =
          new Observations(ledger, gateways, sink, new Mailbox(stack.infrastructure().imapPort()));
      awaitHolds(gateways, ledger, quick);
      List<Integer> payers = all.stream().filter(ledger::pays).toList();
      phase(
          stack,
          gateways,
          ledger,
          payers,
          victims.subList(firstHalf, victims.size()),
          true,
          random,
          restarts,
          out);
      restarts.awaitAll(); // the check counts what the restarted instances did too
      Tally tally = converge(observations, quick);
      Report report =
          new Report(
              accounts,
              restarts.killed(),
              tally,
              gateways.retries(),
              Duration.between(started, Instant.now()));
      print(report, observations, out);
      return report;
    } catch (Exception e) {
      throw new IllegalStateException("chaos run failed: " + e.getMessage(), e);
    }
  }

  /**
   * Sends the events of {@code accounts} in one slice per victim, killing it during its slice. The
   * victim restarts in the background while the next slices are sent and their victims killed (JVM
   * starts dominate the run), but never two processes of one kind at once: a service always keeps
   * one live instance and the cluster two brokers, as in production.
   */
  private static void phase(
      LocalStack stack,
      Gateways gateways,
      ChaosLedger ledger,
      List<Integer> accounts,
      List<String> victims,
      boolean payments,
      Random random,
      Restarts restarts,
      PrintStream out) {
    int slices = Math.max(1, victims.size());
    for (int s = 0; s < slices; s++) {
      List<Integer> slice =
          accounts.subList(accounts.size() * s / slices, accounts.size() * (s + 1) / slices);
      if (s < victims.size()) {
        restarts.awaitKind(victims.get(s));
      }
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(() -> send(gateways, ledger, slice, payments));
      if (s < victims.size()) {
        String victim = victims.get(s);
        LockSupport.parkNanos(Duration.ofMillis(random.nextInt(1500)).toNanos());
        Instant at = Instant.now();
        Victims.kill(stack, victim);
        out.printf("chaos: killed -9 %s%n", victim);
        restarts.begin(
            victim,
            () -> {
              Victims.restart(stack, victim);
              out.printf(
                  "chaos: %s back after %d s%n",
                  victim, Duration.between(at, Instant.now()).toSeconds());
            });
      }
      sending.join();
    }
  }

  private static void send(
      Gateways gateways, ChaosLedger ledger, List<Integer> slice, boolean payments) {
    StringBuilder batch = new StringBuilder();
    int lines = 0;
    for (int n : slice) {
      List<String> events = payments ? List.of(ledger.payment(n)) : ledger.holdEvents(n);
      for (String event : events) {
        if (ledger.sentSingly(n)) {
          gateways.send("POST", "/api/v1/ledger-events", "application/json", event);
        } else {
          batch.append(event).append('\n');
          if (++lines == BATCH_LINES) {
            gateways.expect(
                200, "POST", "/api/v1/ledger-events", "application/x-ndjson", batch.toString());
            batch.setLength(0);
            lines = 0;
          }
        }
      }
    }
    if (lines > 0) {
      gateways.expect(
          200, "POST", "/api/v1/ledger-events", "application/x-ndjson", batch.toString());
    }
  }

  /** Payments only release a hold once it was placed: wait for every account to be on hold. */
  private static void awaitHolds(Gateways gateways, ChaosLedger ledger, boolean quick) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(quick ? 3 : 10));
    for (int n = 0; n < ledger.accounts(); n++) {
      String path = "/api/v1/accounts/" + ledger.accountId(n) + "/credit-status";
      while (!gateways.send("GET", path, null, null).body().contains("\"ON_HOLD\"")) {
        if (Instant.now().isAfter(deadline)) {
          return; // the tally will say what is missing
        }
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      }
    }
  }

  private static Tally converge(Observations observations, boolean quick) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(quick ? 3 : 10));
    Tally tally = observations.tally(ENDPOINTS, false);
    while (tally.lost() > 0 && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
      tally = observations.tally(ENDPOINTS, false);
    }
    // settle: a doubled delivery may arrive after the last missing one
    LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
    return observations.tally(ENDPOINTS, true);
  }

  private static void print(Report report, Observations observations, PrintStream out) {
    Tally t = report.tally();
    out.printf(
        """
        chaos: %d accounts, %d kills (%s), %d client retries, %d s in all
        chaos: statuses wrong %d; webhooks received %d (lost %d, doubled %d); emails %d (lost %d, doubled %d, re-sent under their own Message-ID %d)
        lost %d, doubled %d
        """,
        report.accounts(),
        report.killed().size(),
        String.join(", ", report.killed()),
        report.retries(),
        report.took().toSeconds(),
        t.lostStatuses(),
        observations.webhooksReceived(),
        t.lostWebhooks(),
        t.doubledWebhooks(),
        observations.emailsReceived(),
        t.lostEmails(),
        t.doubledEmails(),
        t.resentEmails(),
        t.lost(),
        t.doubled());
    out.flush();
  }

  private static WebhookSink newSink() {
    try {
      return new WebhookSink();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path scratchDir() {
    try {
      return Files.createTempDirectory("creditbridge-chaos");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
