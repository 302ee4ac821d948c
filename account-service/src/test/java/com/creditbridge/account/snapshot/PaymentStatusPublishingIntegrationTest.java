package com.creditbridge.account.snapshot;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.account.IntegrationTest;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.PaymentBehaviourSummary;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.infrastructure.KafkaClients;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class PaymentStatusPublishingIntegrationTest extends IntegrationTest {

  @Test
  void publishesOneSnapshotPerAcceptedEventKeyedByAccountWithIncreasingVersions() {
    String accountId = newAccountId();
    String invoiceEvent = invoiceIssued(newId("e"), accountId, "INV-1", "1200", TODAY.minusDays(3));
    String paymentEventId = newId("e");
    accept(accountUpserted(newId("e"), accountId, "USD", "5000"));
    accept(invoiceEvent);
    post(invoiceEvent).expectStatus().isAccepted(); // a duplicate publishes nothing
    accept(paymentReceived(paymentEventId, accountId, "PAY-1", "200.5", "INV-1"));
    accept(invoiceIssued(newId("e"), accountId, "INV-2", "50", TODAY.plusDays(30)));

    List<ConsumerRecord<String, byte[]>> records = snapshotsOf(accountId, 4);

    assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(accountId));
    assertThat(records)
        .allSatisfy(
            r -> {
              Header contentType = r.headers().lastHeader("content-type");
              assertThat(new String(contentType.value(), StandardCharsets.UTF_8))
                  .isEqualTo(CloudEvent.STRUCTURED_CONTENT_TYPE);
            });
    List<CloudEvent<PaymentStatusChanged>> events =
        records.stream().map(r -> EventJson.decode(r.value(), PaymentStatusChanged.class)).toList();
    assertThat(events).extracting(e -> e.data().ledgerVersion()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(events)
        .extracting(e -> e.data().cause().type())
        .containsExactly(
            "account.upserted", "invoice.issued", "payment.received", "invoice.issued");

    CloudEvent<PaymentStatusChanged> afterPayment = events.get(2);
    assertThat(afterPayment.id()).isEqualTo(accountId + ":3");
    assertThat(afterPayment.source()).isEqualTo("/creditbridge/account-service");
    assertThat(afterPayment.type()).isEqualTo(PaymentStatusChanged.TYPE);
    assertThat(afterPayment.subject()).isEqualTo(accountId);
    PaymentStatusChanged data = afterPayment.data();
    assertThat(data.cause().eventId()).isEqualTo(paymentEventId);
    assertThat(data.accountId()).isEqualTo(accountId);
    assertThat(data.salesRep().email()).isEqualTo("ana@example.com");
    assertThat(data.creditLimit()).isEqualTo(new BigDecimal("5000.00"));
    assertThat(data.exposure()).isEqualTo(new BigDecimal("999.50"));
    assertThat(data.pastDue()).isEqualTo(new BigDecimal("999.50"));
    assertThat(data.aging().days1to30()).isEqualTo(new BigDecimal("999.50"));
    assertThat(data.unappliedCredit()).isEqualTo(new BigDecimal("0.00"));
    assertThat(data.openInvoiceCount()).isEqualTo(1);
    assertThat(data.openItems())
        .containsExactly(
            new OpenItem("INV-1", new BigDecimal("999.50"), TODAY.minusDays(3), false));
  }

  @Test
  void theSnapshotAfterAnInvoiceIsPaidInFullCarriesThePaymentBehaviour() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "I-1", "100", TODAY.minusDays(30)));
    accept(invoiceIssued(newId("e"), accountId, "I-2", "300", TODAY.plusDays(30)));
    // received 2026-05-09: I-1 is paid 29 days late, I-2 stays partly open
    accept(paymentReceived(newId("e"), accountId, "P-1", "150", null));

    List<CloudEvent<PaymentStatusChanged>> events =
        snapshotsOf(accountId, 4).stream()
            .map(r -> EventJson.decode(r.value(), PaymentStatusChanged.class))
            .toList();

    PaymentBehaviourSummary beforePayment = events.get(2).data().paymentBehaviour();
    assertThat(beforePayment.paidInvoices()).isZero();
    assertThat(beforePayment.averageDaysLate()).isNull();
    PaymentBehaviourSummary afterPayment = events.get(3).data().paymentBehaviour();
    assertThat(afterPayment.averageDaysLate()).isEqualByComparingTo("29");
    assertThat(afterPayment.previousAverageDaysLate()).isNull();
    assertThat(afterPayment.trend()).isNull();
    assertThat(afterPayment.paidInvoices()).isEqualTo(1);
    assertThat(new String(snapshotsOf(accountId, 4).get(3).value(), StandardCharsets.UTF_8))
        .contains("\"paymentBehaviour\":{\"averageDaysLate\":29.0,");
  }

  @Test
  void moneyIsWrittenAsDecimalStringsAtTheCurrencyScale() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "5000"));

    String json = new String(snapshotsOf(accountId, 1).get(0).value(), StandardCharsets.UTF_8);

    assertThat(json).contains("\"creditLimit\":\"5000.00\"", "\"exposure\":\"0.00\"");
  }

  /** Reads the topic from the start with a plain consumer until the account's records arrived. */
  private static List<ConsumerRecord<String, byte[]>> snapshotsOf(String accountId, int count) {
    List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaClients.consumerFromStart(TestInfrastructure.shared().kafkaBootstrapServers())) {
      consumer.subscribe(List.of(Topics.PAYMENT_STATUS));
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInSameThread()
          .pollDelay(Duration.ZERO)
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(
                        r -> {
                          if (accountId.equals(r.key())) {
                            mine.add(r);
                          }
                        });
                assertThat(mine).hasSizeGreaterThanOrEqualTo(count);
              });
    }
    return mine;
  }
}
