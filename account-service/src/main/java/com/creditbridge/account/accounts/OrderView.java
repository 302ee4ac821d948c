package com.creditbridge.account.accounts;

import com.creditbridge.account.ledger.Order;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * An order of {@code GET /api/v1/accounts/{accountId}/orders}.
 *
 * @param openAmount what is not invoiced yet; 0 once cancelled or fully invoiced
 * @param invoicedAmount the sum of the invoices naming the order (may exceed the amount)
 * @param status open, invoiced or cancelled
 */
record OrderView(
    String orderId,
    String amount,
    String openAmount,
    String invoicedAmount,
    LocalDate placedOn,
    String status) {

  static OrderView of(Order order, Currency currency) {
    int scale = currency.getDefaultFractionDigits();
    return new OrderView(
        order.orderId(),
        order.amount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString(),
        order.openAmount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString(),
        order.invoicedAmount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString(),
        order.placedOn(),
        order.status().name().toLowerCase(Locale.ROOT));
  }
}
