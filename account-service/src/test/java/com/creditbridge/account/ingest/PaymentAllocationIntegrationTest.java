package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

class PaymentAllocationIntegrationTest extends IntegrationTest {

  @Autowired private DatabaseClient db;

  @Test
  void aPaymentIsAppliedToTheOldestDueInvoicesFirst() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "INV-NEW", "300", TODAY.plusDays(10)));
    accept(invoiceIssued(newId("e"), accountId, "INV-OLD", "100", TODAY.minusDays(40)));
    accept(invoiceIssued(newId("e"), accountId, "INV-MID", "200", TODAY.minusDays(5)));

    accept(paymentReceived(newId("e"), accountId, "PAY-1", "250", null));

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("350.00")
        .jsonPath("$.pastDue")
        .isEqualTo("50.00")
        .jsonPath("$.aging.days31to60")
        .isEqualTo("0.00")
        .jsonPath("$.aging.days1to30")
        .isEqualTo("50.00")
        .jsonPath("$.aging.current")
        .isEqualTo("300.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(2);
    assertThat(allocations(accountId))
        .containsExactly("PAY-1>INV-OLD=100.00", "PAY-1>INV-MID=150.00");
  }

  @Test
  void aPaymentNamingAnInvoicePaysItFirst() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "INV-OLD", "100", TODAY.minusDays(40)));
    accept(invoiceIssued(newId("e"), accountId, "INV-NEW", "300", TODAY.plusDays(10)));

    accept(paymentReceived(newId("e"), accountId, "PAY-1", "350", "INV-NEW"));

    account(accountId).jsonPath("$.exposure").isEqualTo("50.00");
    assertThat(allocations(accountId))
        .containsExactly("PAY-1>INV-NEW=300.00", "PAY-1>INV-OLD=50.00");
  }

  @Test
  void leftoverCreditIsAbsorbedByInvoicesIssuedLater() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "500", null));

    account(accountId)
        .jsonPath("$.unappliedCredit")
        .isEqualTo("500.00")
        .jsonPath("$.exposure")
        .isEqualTo("0.00");

    accept(invoiceIssued(newId("e"), accountId, "INV-1", "300", TODAY));
    accept(invoiceIssued(newId("e"), accountId, "INV-2", "400", TODAY.plusDays(30)));

    account(accountId)
        .jsonPath("$.unappliedCredit")
        .isEqualTo("0.00")
        .jsonPath("$.exposure")
        .isEqualTo("200.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(1)
        .jsonPath("$.ledgerVersion")
        .isEqualTo(4);
    assertThat(allocations(accountId)).containsExactly("PAY-1>INV-1=300.00", "PAY-1>INV-2=200.00");
  }

  private List<String> allocations(String accountId) {
    return db.sql(
            "select credit_id, invoice_id, amount from allocation"
                + " where account_id = :accountId order by id")
        .bind("accountId", accountId)
        .map(
            row ->
                row.get("credit_id", String.class)
                    + ">"
                    + row.get("invoice_id", String.class)
                    + "="
                    + row.get("amount", BigDecimal.class).setScale(2).toPlainString())
        .all()
        .collectList()
        .block(Duration.ofSeconds(10));
  }
}
