package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.HoldChange.Promise;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What an email template about a hold event can show, already worded for people: formatted amounts
 * and dates, and a flag for every optional part so logic-less templates can leave it out.
 *
 * @param accountUrl the account's page in the workspace
 * @param timelineUrl the same page, under the name templates written before the workspace use
 */
public record HoldEmailModel(
    String accountId,
    String accountName,
    String salesRepName,
    List<String> reasons,
    boolean hasReasons,
    String cureAmount,
    boolean hasCureAmount,
    String projectedHoldOn,
    boolean hasProjectedHoldOn,
    String creditAnalystName,
    String creditAnalystEmail,
    boolean hasCreditAnalyst,
    String exposure,
    String accountUrl,
    String timelineUrl,
    boolean hasPromise,
    String promiseAmount,
    String promisedOn,
    String promiseRecordedBy) {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  /**
   * @param publicUrl where people reach CreditBridge (the gateway), without a trailing slash
   */
  public static HoldEmailModel of(HoldChange data, String publicUrl) {
    List<String> reasons = data.reasons().stream().filter(m -> m != null && !m.isBlank()).toList();
    Person analyst = data.creditAnalyst();
    boolean hasAnalyst = analyst != null && analyst.reachable();
    boolean hasCure = data.cureAmount() != null && data.cureAmount().signum() > 0;
    LocalDate projected = data.projectedHoldOn();
    Promise promise = data.promise();
    return new HoldEmailModel(
        data.accountId(),
        data.displayName(),
        data.salesRep() == null || data.salesRep().name() == null
            ? "there"
            : data.salesRep().name(),
        reasons,
        !reasons.isEmpty(),
        hasCure ? money(data.cureAmount(), data.currency()) : null,
        hasCure,
        projected == null ? null : date(projected),
        projected != null,
        hasAnalyst ? nameOrAddress(analyst) : null,
        hasAnalyst ? analyst.email() : null,
        hasAnalyst,
        data.exposure() == null ? null : money(data.exposure(), data.currency()),
        WorkspaceLinks.accountPage(publicUrl, data.accountId()),
        // templates written before the workspace link the account with this name
        WorkspaceLinks.accountPage(publicUrl, data.accountId()),
        promise != null,
        promise == null || promise.amount() == null
            ? null
            : money(promise.amount(), data.currency()),
        promise == null || promise.promisedOn() == null ? null : date(promise.promisedOn()),
        promise == null ? null : promise.recordedBy());
  }

  /** "Friday 12 June 2026": how every date in an email reads. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** "12,500.00 EUR": grouped, with as many decimals as the amount has (JPY has none). */
  public static String money(BigDecimal amount, String currency) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    int scale = Math.max(amount.scale(), 0);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    String formatted = format.format(amount);
    return currency == null ? formatted : formatted + " " + currency;
  }

  private static String nameOrAddress(Person party) {
    return party.name() == null || party.name().isBlank() ? party.email() : party.name();
  }
}
