package com.creditbridge.account.accounts;

import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.InvoiceStatus;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * An invoice of {@code GET /api/v1/accounts/{accountId}/invoices}.
 *
 * @param daysPastDue today − dueOn for an open invoice (negative before it is due); null for a paid
 *     or voided one
 */
record InvoiceView(
    String invoiceId,
    String amount,
    String openAmount,
    LocalDate issuedOn,
    LocalDate dueOn,
    Long daysPastDue,
    boolean disputed,
    String status) {

  static InvoiceView of(Invoice invoice, Currency currency, LocalDate today) {
    int scale = currency.getDefaultFractionDigits();
    InvoiceStatus status = invoice.status();
    return new InvoiceView(
        invoice.invoiceId(),
        invoice.amount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString(),
        invoice.openAmount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString(),
        invoice.issuedOn(),
        invoice.dueOn(),
        status == InvoiceStatus.OPEN ? invoice.daysPastDue(today) : null,
        invoice.disputed(),
        status.name().toLowerCase(Locale.ROOT));
  }
}
