package com.creditbridge.account.ledger;

import static com.creditbridge.account.ledger.Events.MAR_1;
import static com.creditbridge.account.ledger.Events.bookAfter;
import static com.creditbridge.account.ledger.Events.cancelled;
import static com.creditbridge.account.ledger.Events.invoice;
import static com.creditbridge.account.ledger.Events.invoiceForOrder;
import static com.creditbridge.account.ledger.Events.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountBookOrdersTest {

  @Test
  void anInvoiceNamingAnOrderLowersItsOpenAmount() {
    AccountBook book =
        bookAfter(order("O1", "1000", MAR_1), invoiceForOrder("I1", "400", MAR_1, "O1"));

    assertThat(openOrders(book)).containsExactly("O1=600.00/400.00");
    assertThat(book.openInvoices()).extracting(Invoice::orderId).containsExactly("O1");
  }

  @Test
  void invoicingMoreThanIsOpenLeavesNothingOpenNotANegativeAmount() {
    AccountBook book =
        bookAfter(
            order("O1", "1000", MAR_1),
            invoiceForOrder("I1", "700", MAR_1, "O1"),
            invoiceForOrder("I2", "700", MAR_1, "O1"));

    assertThat(book.openOrders()).isEmpty();
    Order o1 = book.changes().orders().get(0);
    assertThat(o1.openAmount()).isEqualByComparingTo("0");
    assertThat(o1.invoicedAmount()).isEqualByComparingTo("1400");
    assertThat(o1.status()).isEqualTo(OrderStatus.INVOICED);
  }

  @Test
  void aCancelledOrderIsNoLongerOpen() {
    AccountBook book = bookAfter(order("O1", "1000", MAR_1), cancelled("O1"));

    assertThat(book.openOrders()).isEmpty();
    assertThat(book.changes().orders().get(0).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void openOrdersAreOldestPlacedFirstAndNeverPastDueOrInExposure() {
    AccountBook book =
        bookAfter(
            order("O2", "50", MAR_1.plusDays(1)),
            order("O1", "100", MAR_1),
            invoice("I1", "10", MAR_1));

    AccountSnapshot snapshot = book.snapshot(MAR_1.plusDays(200));
    assertThat(snapshot.openOrders()).extracting(Order::orderId).containsExactly("O1", "O2");
    assertThat(snapshot.openOrderAmount()).isEqualTo(new BigDecimal("150.00"));
    assertThat(snapshot.exposure()).isEqualTo(new BigDecimal("10.00"));
    assertThat(snapshot.pastDue()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void refusalsChangeNothing() {
    AccountBook book = bookAfter(order("O1", "1000", MAR_1), order("GONE", "5", MAR_1));
    book.apply(cancelled("GONE"));
    long version = book.account().ledgerVersion();

    assertRefused(book, order("O1", "1000", MAR_1), Refusal.Cause.INVALID_STATE);
    assertRefused(book, cancelled("NOPE"), Refusal.Cause.UNKNOWN_REFERENCE);
    assertRefused(book, cancelled("GONE"), Refusal.Cause.INVALID_STATE);
    assertRefused(book, invoiceForOrder("I1", "5", MAR_1, "NOPE"), Refusal.Cause.UNKNOWN_REFERENCE);
    assertRefused(book, invoiceForOrder("I2", "5", MAR_1, "GONE"), Refusal.Cause.INVALID_STATE);
    OrderPlaced inEuro =
        new OrderPlaced(
            "e-eur",
            Events.ACCOUNT,
            null,
            "O9",
            new BigDecimal("5.00"),
            Currency.getInstance("EUR"),
            MAR_1);
    assertRefused(book, inEuro, Refusal.Cause.CURRENCY_MISMATCH);

    assertThat(book.account().ledgerVersion()).isEqualTo(version);
    assertThat(openOrders(book)).containsExactly("O1=1000.00/0.00");
    assertThat(book.openInvoices()).isEmpty();
  }

  private static void assertRefused(AccountBook book, LedgerEvent event, Refusal.Cause cause) {
    Decision decision = book.apply(event);
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    Refusal refusal = ((Decision.Refused) decision).refusal();
    assertThat(refusal.cause()).isEqualTo(cause);
    assertThat(refusal.field()).isIn("orderId", "currency");
  }

  private static List<String> openOrders(AccountBook book) {
    return book.openOrders().stream()
        .map(o -> o.orderId() + "=" + o.openAmount() + "/" + o.invoicedAmount())
        .toList();
  }
}
