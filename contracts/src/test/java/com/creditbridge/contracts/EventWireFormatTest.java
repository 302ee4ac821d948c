package com.creditbridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pins the JSON that other teams' consumers read: explicit names, decimal strings, ISO dates. */
class EventWireFormatTest {

  private static final Party REP = new Party("rep-1", "Rita Rep", "rita@example.com");
  private static final Party ANALYST = new Party("an-1", "Carl Credit", "carl@example.com");
  private static final Party MANAGER = new Party(null, "Mia Manager", "mia@example.com");

  @Test
  void paymentStatusChangedMatchesGoldenJson() throws IOException {
    var data =
        new PaymentStatusChanged(
            "acme",
            "ACME Corp",
            "EUR",
            new BigDecimal("10000.00"),
            REP,
            ANALYST,
            MANAGER,
            "enterprise",
            new BigDecimal("1200.00"),
            new BigDecimal("0.00"),
            new BigDecimal("1200.00"),
            new Aging(
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("1200.00"),
                new BigDecimal("0.00")),
            1,
            List.of(
                new OpenItem("INV-1", new BigDecimal("1200.00"), LocalDate.of(2026, 3, 1), false)),
            new LedgerCause("evt-2", "invoice.issued", Instant.parse("2026-05-10T07:59:59.500Z")),
            2,
            new BigDecimal("300.00"),
            List.of(new OpenOrderItem("SO-7", new BigDecimal("1500.00"), LocalDate.of(2026, 5, 2))),
            new CreditGroupRef("acme-holding", "ACME Holding", new BigDecimal("25000.00"), 3),
            new PaymentBehaviourSummary(
                new BigDecimal("15.0"),
                new BigDecimal("9.5"),
                PaymentBehaviourSummary.Trend.WORSENING,
                2));
    var event =
        CloudEvent.of(
            "acme-2",
            "/creditbridge/account-service",
            PaymentStatusChanged.TYPE,
            "acme",
            Instant.parse("2026-05-10T08:00:00Z"),
            data);

    assertSameJson(EventJson.encode(event), "payment-status-changed.json");
    assertThat(EventJson.decode(EventJson.encode(event), PaymentStatusChanged.class))
        .isEqualTo(event);
  }

  @Test
  void aSnapshotOfTheFirstWaveReadsAsOneWithoutOrdersOrGroup() throws IOException {
    String firstWave;
    try (var in = getClass().getResourceAsStream("/golden/payment-status-changed.json")) {
      firstWave =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replaceAll(",\\s*\"openOrders\":\\s*\\[[^\\]]*\\]", "")
              .replaceAll(",\\s*\"creditGroup\":\\s*\\{[^}]*\\}", "")
              .replaceAll(",\\s*\"paymentBehaviour\":\\s*\\{[^}]*\\}", "");
    }

    CloudEvent<PaymentStatusChanged> read =
        EventJson.decode(
            firstWave.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            PaymentStatusChanged.class);

    assertThat(firstWave)
        .doesNotContain("openOrders")
        .doesNotContain("creditGroup")
        .doesNotContain("paymentBehaviour");
    assertThat(read.data().openOrders()).isEmpty();
    assertThat(read.data().creditGroup()).isNull();
    assertThat(read.data().paymentBehaviour()).isNull();
    assertThat(read.data().openItems()).hasSize(1);
  }

  @Test
  void holdPlacedMatchesGoldenJson() throws IOException {
    var data =
        new HoldEventData(
            "acme",
            "ACME Corp",
            CreditStatus.ON_HOLD,
            CreditStatus.CLEAR,
            List.of(
                new Reason(
                    "PAST_DUE",
                    "Invoice INV-1 (1200.00 EUR) is 70 days past due.",
                    "INV-1",
                    70,
                    new BigDecimal("1200.00"))),
            null,
            new BigDecimal("1200.00"),
            new BigDecimal("1200.00"),
            null,
            "EUR",
            REP,
            ANALYST,
            null,
            "dec-1",
            1,
            "enterprise",
            new PromiseSummary(
                "prm-1",
                new BigDecimal("1200.00"),
                LocalDate.parse("2026-05-08"),
                LocalDate.parse("2026-05-10"),
                new BigDecimal("0.00"),
                "carl"),
            new Escalation(new BigDecimal("50000.00"), 24));
    var event =
        CloudEvent.of(
            "dec-1",
            "/creditbridge/hold-service",
            HoldEventType.PLACED.wireName(),
            "acme",
            Instant.parse("2026-05-10T08:00:01Z"),
            data);

    assertSameJson(EventJson.encode(event), "hold-placed.json");
    assertThat(EventJson.decode(EventJson.encode(event), HoldEventData.class)).isEqualTo(event);
  }

  @Test
  void aStatusUpdateThePolicyCausedSaysSoAndOthersLeaveTheCauseOut() throws IOException {
    var data =
        new HoldEventData(
            "acme",
            "ACME Corp",
            CreditStatus.ON_HOLD,
            CreditStatus.CLEAR,
            List.of(
                new Reason(
                    "PAST_DUE",
                    "Invoice INV-1 (1200.00 EUR) is 70 days past due.",
                    "INV-1",
                    70,
                    new BigDecimal("1200.00"))),
            null,
            new BigDecimal("1200.00"),
            new BigDecimal("1200.00"),
            null,
            "EUR",
            REP,
            ANALYST,
            null,
            "dec-7",
            2,
            "enterprise",
            null,
            null,
            HoldEventData.CAUSE_POLICY);
    var event =
        CloudEvent.of(
            "upd-7",
            "/creditbridge/hold-service",
            AccountActivityType.STATUS_UPDATED,
            "acme",
            Instant.parse("2026-05-10T08:00:01Z"),
            data);

    assertSameJson(EventJson.encode(event), "status-updated-by-policy.json");
    var read = EventJson.decode(EventJson.encode(event), HoldEventData.class);
    assertThat(read).isEqualTo(event);
    assertThat(read.data().causedByPolicy()).isTrue();
    assertThat(EventJson.mapper().readTree(EventJson.encode(event)).get("data").has("cause"))
        .isTrue();
    var withoutCause =
        CloudEvent.of(
            "upd-8",
            "/creditbridge/hold-service",
            AccountActivityType.STATUS_UPDATED,
            "acme",
            Instant.parse("2026-05-10T08:00:01Z"),
            new HoldEventData(
                "acme",
                "ACME Corp",
                CreditStatus.CLEAR,
                CreditStatus.CLEAR,
                List.of(),
                null,
                null,
                BigDecimal.ZERO,
                null,
                "EUR",
                REP,
                ANALYST,
                null,
                "dec-8",
                2,
                null,
                null,
                null));
    assertThat(EventJson.mapper().readTree(EventJson.encode(withoutCause)).get("data").has("cause"))
        .isFalse();
  }

  @Test
  void wordingChangedMatchesGoldenJson() throws IOException {
    var event =
        CloudEvent.of(
            "5b1c3f0e-6f1a-3a53-9d1e-7c0f1a2b3c4d",
            "/creditbridge/notification-service",
            WordingChanged.TYPE,
            WordingChanged.KEY,
            Instant.parse("2026-05-10T08:00:00Z"),
            new WordingChanged(
                2,
                java.util.Map.of("ON_HOLD", "Order review"),
                List.of(new WordingChanged.Phrase("credit hold", "order review")),
                new Party(null, "Carl Credit", "carl@example.com"),
                Instant.parse("2026-05-10T08:00:00Z")));

    assertSameJson(EventJson.encode(event), "wording-changed.json");
    assertThat(EventJson.decode(EventJson.encode(event), WordingChanged.class)).isEqualTo(event);
  }

  @Test
  void policyReevaluatedMatchesGoldenJson() throws IOException {
    var event =
        CloudEvent.of(
            "policy-2-reevaluated",
            "/creditbridge/hold-service",
            AccountActivityType.POLICY_REEVALUATED,
            PolicyReevaluated.key(2),
            Instant.parse("2026-05-10T08:00:05Z"),
            new PolicyReevaluated(2, 3));

    assertSameJson(EventJson.encode(event), "policy-reevaluated.json");
    assertThat(EventJson.decode(EventJson.encode(event), PolicyReevaluated.class)).isEqualTo(event);
  }

  @Test
  void noteAddedMatchesGoldenJson() throws IOException {
    var at = Instant.parse("2026-05-10T09:15:00Z");
    var event =
        CloudEvent.of(
            "note-1",
            "/creditbridge/hold-service",
            AccountActivityType.NOTE_ADDED,
            "acme",
            at,
            new NoteAdded(
                "acme",
                "note-1",
                "Carl Credit",
                "Customer confirmed the transfer for Friday.",
                at));

    assertSameJson(EventJson.encode(event), "note-added.json");
    assertThat(EventJson.decode(EventJson.encode(event), NoteAdded.class)).isEqualTo(event);
  }

  @Test
  void reviewDecidedMatchesGoldenJson() throws IOException {
    var at = Instant.parse("2026-05-10T09:15:00Z");
    var data =
        new ReviewRequestData(
            "7f1c2a56-0000-4000-8000-000000000001",
            "acme",
            "rep-7",
            "approved",
            "The customer paid by wire today.",
            new Party(null, "Rita Rep", "rita@example.com"),
            LocalDate.parse("2026-05-20"),
            new ReviewRequestData.Promise("500.00", LocalDate.parse("2026-05-12")),
            2,
            List.of(
                new ReviewRequestData.Approval(
                    new Party(null, "Carl Credit", "carl@example.com"),
                    "credit",
                    "Fine by credit.",
                    null,
                    Instant.parse("2026-05-10T09:00:00Z")),
                new ReviewRequestData.Approval(
                    new Party(null, "Sam Manager", "sam@example.com"),
                    "sales-manager",
                    null,
                    LocalDate.parse("2026-05-18"),
                    at)),
            null,
            Instant.parse("2026-05-10T08:00:00Z"),
            at,
            false,
            null);
    var event =
        CloudEvent.of(
            "evt-1",
            "/creditbridge/hold-service",
            ReviewEventType.DECIDED.wireName(),
            "acme",
            at,
            data);

    assertSameJson(EventJson.encode(event), "review-decided.json");
    assertThat(EventJson.decode(EventJson.encode(event), ReviewRequestData.class)).isEqualTo(event);
  }

  @Test
  void readsEventsWithFieldsItDoesNotKnow() {
    var json =
        """
        {"specversion":"1.0","id":"x","source":"s","type":"t","subject":"acme",
         "extension":"ignored","data":{"accountId":"acme","future":"field","reasons":[],"policyVersion":3}}
        """;
    var event = EventJson.decode(json.getBytes(), HoldEventData.class);
    assertThat(event.data().accountId()).isEqualTo("acme");
  }

  private static void assertSameJson(byte[] actual, String goldenFile) throws IOException {
    try (InputStream golden =
        EventWireFormatTest.class.getResourceAsStream("/golden/" + goldenFile)) {
      JsonNode expected = EventJson.mapper().readTree(golden);
      assertThat(EventJson.mapper().readTree(actual)).isEqualTo(expected);
    }
  }
}
