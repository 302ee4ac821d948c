package com.creditbridge.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.bench.chaos.Tally.Email;
import com.creditbridge.bench.chaos.Tally.Expected;
import com.creditbridge.bench.chaos.Tally.Webhook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

  private static final List<String> ENDPOINTS = List.of("crm-a", "crm-b");
  private static final Map<String, Expected> EXPECTED =
      Map.of(
          "acme", new Expected("ON_HOLD", List.of("credit.hold.placed")),
          "globex", new Expected("CLEAR", List.of("credit.hold.placed", "credit.hold.released")));

  private static List<Webhook> everyWebhookOnce() {
    return List.of(
        new Webhook("crm-a", "acme", "credit.hold.placed", "e1"),
        new Webhook("crm-b", "acme", "credit.hold.placed", "e1"),
        new Webhook("crm-a", "globex", "credit.hold.placed", "e2"),
        new Webhook("crm-b", "globex", "credit.hold.placed", "e2"),
        new Webhook("crm-a", "globex", "credit.hold.released", "e3"),
        new Webhook("crm-b", "globex", "credit.hold.released", "e3"));
  }

  private static final Map<String, String> STATUSES = Map.of("acme", "ON_HOLD", "globex", "CLEAR");
  private static final Map<String, List<Email>> EMAILS =
      Map.of(
          "acme",
          List.of(new Email("on hold", "<m1@creditbridge>")),
          "globex",
          List.of(new Email("on hold", "<m2@creditbridge>"), new Email("released", "<m3@c>")));

  @Test
  void everythingOnceIsNothingLostNothingDoubled() {
    Tally tally = Tally.of(EXPECTED, STATUSES, ENDPOINTS, everyWebhookOnce(), EMAILS);

    assertThat(tally.lost()).isZero();
    assertThat(tally.doubled()).isZero();
  }

  @Test
  void aRetriedDeliveryWithTheSameIdIsNotDoubled() {
    var webhooks = new java.util.ArrayList<>(everyWebhookOnce());
    webhooks.add(new Webhook("crm-a", "acme", "credit.hold.placed", "e1"));

    assertThat(Tally.of(EXPECTED, STATUSES, ENDPOINTS, webhooks, EMAILS).doubled()).isZero();
  }

  @Test
  void aTransitionUnderASecondIdIsDoubled() {
    var webhooks = new java.util.ArrayList<>(everyWebhookOnce());
    webhooks.add(new Webhook("crm-b", "globex", "credit.hold.released", "e9"));

    assertThat(Tally.of(EXPECTED, STATUSES, ENDPOINTS, webhooks, EMAILS).doubledWebhooks())
        .isEqualTo(1);
  }

  @Test
  void aWrongStatusAMissingWebhookAndAMissingEmailAreLost() {
    Tally tally =
        Tally.of(
            EXPECTED,
            Map.of("acme", "ON_HOLD", "globex", "ON_HOLD"),
            ENDPOINTS,
            everyWebhookOnce().subList(0, 5),
            Map.of("globex", List.of(new Email("on hold", "<m2@creditbridge>"))));

    assertThat(tally.lostStatuses()).isEqualTo(1);
    assertThat(tally.lostWebhooks()).isEqualTo(1);
    assertThat(tally.lostEmails()).isEqualTo(1);
    assertThat(tally.lost()).isEqualTo(3);
  }

  @Test
  void oneEmailAsTwoMessagesIsDoubled() {
    Tally tally =
        Tally.of(
            EXPECTED,
            STATUSES,
            ENDPOINTS,
            everyWebhookOnce(),
            Map.of(
                "acme",
                List.of(new Email("on hold", "<m1@c>"), new Email("on hold", "<m9@c>")),
                "globex",
                List.of(new Email("on hold", "<m2@c>"))));

    assertThat(tally.doubledEmails()).isEqualTo(1);
    assertThat(tally.doubled()).isEqualTo(1);
  }

  @Test
  void aCopyOfOneMessageSentAgainIsResentNotDoubled() {
    Tally tally =
        Tally.of(
            EXPECTED,
            STATUSES,
            ENDPOINTS,
            everyWebhookOnce(),
            Map.of(
                "acme",
                List.of(new Email("on hold", "<m1@c>"), new Email("on hold", "<m1@c>")),
                "globex",
                List.of(new Email("on hold", "<m2@c>"))));

    assertThat(tally.doubled()).isZero();
    assertThat(tally.resentEmails()).isEqualTo(1);
  }

  @Test
  void copiesWithoutAMessageIdCountAsTwoMessages() {
    Tally tally =
        Tally.of(
            EXPECTED,
            STATUSES,
            ENDPOINTS,
            everyWebhookOnce(),
            Map.of(
                "acme",
                List.of(new Email("on hold", null), new Email("on hold", null)),
                "globex",
                List.of(new Email("on hold", "<m2@c>"))));

    assertThat(tally.doubledEmails()).isEqualTo(1);
  }
}
