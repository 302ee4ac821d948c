package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.hold.policy.PastDueLadder.PastDue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The credit policy of credit-policy.md as a pure function of (account, settings, today): the rules
 * (the account's and its credit group's), the status order, the modifiers (override, manual hold,
 * promise to pay), the figures and the next time-driven change.
 */
public final class CreditPolicy {

  public PolicyOutcome evaluate(AccountCredit account, PolicySettings settings, LocalDate today) {
    Objects.requireNonNull(today, "today");
    AccountLedger ledger = account.ledger();
    CurrencyUnit unit = CurrencyUnit.of(ledger.currency());
    Inputs inputs = new Inputs(account, PastDueLadder.of(ledger.openInvoices()), settings);
    Assessment now = assess(inputs, today);
    Optional<LocalDate> nextChange = nextChange(inputs, today, now);
    ReasonSentences sentences = new ReasonSentences(unit, settings, today);
    return new PolicyOutcome(
        now.status(),
        now.findings().stream().map(finding -> sentences.reason(finding, account, now)).toList(),
        now.projectedHoldOn(),
        unit.roundUp(now.cureAmount()),
        unit.scaled(now.exposure()),
        nextChange.map(day -> day.atStartOfDay(settings.timeZone()).toInstant()).orElse(null),
        now.promiseState(),
        now.groupExposure() == null ? null : unit.scaled(now.groupExposure()));
  }

  /**
   * Everything the policy concludes on one date except the sentences, which quote days past due and
   * so differ every day. Two dates with equal assessments show the same decision.
   */
  private static Assessment assess(Inputs inputs, LocalDate on) {
    PolicySettings settings = inputs.settings();
    AccountCredit account = inputs.account();
    BigDecimal tolerance = settings.pastDueTolerance();
    BigDecimal exposure = inputs.exposureOn(on);
    BigDecimal limit = account.ledger().creditLimit();
    CreditGroup group = account.group();
    BigDecimal groupExposure = inputs.groupExposureOn(on, exposure);

    PastDue pastHold = inputs.ladder().overdue(settings.holdAfterDaysPastDue(), on);
    PastDue pastWarn = inputs.ladder().overdue(settings.warnAfterDaysPastDue(), on);
    boolean pastDue = pastHold.amount().compareTo(tolerance) > 0;
    boolean pastDueSoon = !pastDue && pastWarn.amount().compareTo(tolerance) > 0;
    boolean limitExceeded =
        limit != null && exposure.compareTo(limit.multiply(settings.creditLimitHoldRatio())) > 0;
    boolean limitNear =
        limit != null
            && !limitExceeded
            && exposure.compareTo(limit.multiply(settings.creditLimitWarnRatio())) > 0;
    boolean groupExceeded =
        group != null
            && groupExposure.compareTo(
                    group.creditLimit().multiply(settings.creditLimitHoldRatio()))
                > 0;
    boolean groupNear =
        group != null
            && !groupExceeded
            && groupExposure.compareTo(
                    group.creditLimit().multiply(settings.creditLimitWarnRatio()))
                > 0;
    PromiseState promiseState =
        account.promise() == null ? null : account.promise().stateOn(on, settings);
    boolean promiseActive = promiseState == PromiseState.ACTIVE;
    boolean overrideActive = account.override() != null && account.override().activeOn(on);

    List<Finding> findings = new ArrayList<>();
    if (pastDue) {
      findings.add(new Finding(ReasonCode.PAST_DUE, pastHold));
    }
    if (limitExceeded) {
      findings.add(new Finding(ReasonCode.CREDIT_LIMIT_EXCEEDED, null));
    }
    if (groupExceeded) {
      findings.add(new Finding(ReasonCode.GROUP_LIMIT_EXCEEDED, null));
    }
    if (pastDueSoon) {
      findings.add(new Finding(ReasonCode.PAST_DUE_SOON, pastWarn));
    }
    if (limitNear) {
      findings.add(new Finding(ReasonCode.CREDIT_LIMIT_NEAR, null));
    }
    if (groupNear) {
      findings.add(new Finding(ReasonCode.GROUP_LIMIT_NEAR, null));
    }
    boolean anyRule = !findings.isEmpty();
    if (overrideActive) {
      findings.add(new Finding(ReasonCode.OVERRIDE, null));
    }
    if (account.manualHold() != null) {
      findings.add(new Finding(ReasonCode.MANUAL_HOLD, null));
    }
    if (promiseActive && (pastDue || pastDueSoon)) {
      findings.add(new Finding(ReasonCode.PROMISE_TO_PAY, null));
    }
    if (promiseState == PromiseState.BROKEN && pastDue) {
      findings.add(new Finding(ReasonCode.PROMISE_BROKEN, null));
    }

    // only PAST_DUE waits for a promise: a limit, the account's or the group's, does not
    boolean limitHold = limitExceeded || groupExceeded;
    boolean deferredByPromise = pastDue && !limitHold && promiseActive;
    CreditStatus status;
    if (overrideActive) {
      status = CreditStatus.CLEAR;
    } else if (account.manualHold() != null) {
      status = CreditStatus.ON_HOLD;
    } else if (pastDue || limitHold) {
      status = deferredByPromise ? CreditStatus.APPROACHING : CreditStatus.ON_HOLD;
    } else if (pastDueSoon || limitNear || groupNear) {
      status = CreditStatus.APPROACHING;
    } else {
      status = CreditStatus.CLEAR;
    }

    LocalDate projectedHoldOn =
        status == CreditStatus.ON_HOLD
            ? null
            : projectedHoldOn(inputs, on, overrideActive, deferredByPromise);
    BigDecimal cureAmount = null;
    if (status != CreditStatus.CLEAR && anyRule) {
      BigDecimal pastDueCure = pastWarn.amount().subtract(tolerance);
      BigDecimal limitCure =
          limit == null
              ? BigDecimal.ZERO
              : exposure.subtract(limit.multiply(settings.creditLimitWarnRatio()));
      // a payment lowers the group's exposure by as much as the member's
      BigDecimal groupCure =
          group == null
              ? BigDecimal.ZERO
              : groupExposure.subtract(
                  group.creditLimit().multiply(settings.creditLimitWarnRatio()));
      cureAmount = pastDueCure.max(limitCure).max(groupCure).max(BigDecimal.ZERO);
    }
    return new Assessment(
        status,
        List.copyOf(findings),
        projectedHoldOn,
        cureAmount,
        promiseState,
        exposure,
        group == null ? null : groupExposure);
  }

  /**
   * The first day PAST_DUE fires, not before today; a hold deferred by a promise or an override
   * starts the day after they end.
   */
  private static LocalDate projectedHoldOn(
      Inputs inputs, LocalDate on, boolean overrideActive, boolean deferredByPromise) {
    PolicySettings settings = inputs.settings();
    Optional<LocalDate> firstPastDue =
        inputs
            .ladder()
            .firstDateOverdueExceeds(settings.holdAfterDaysPastDue(), settings.pastDueTolerance());
    if (firstPastDue.isEmpty()) {
      return null;
    }
    LocalDate day = latest(firstPastDue.get(), on);
    if (deferredByPromise) {
      day = latest(day, inputs.account().promise().graceEndsOn(settings).plusDays(1));
    }
    if (overrideActive) {
      day = latest(day, inputs.account().override().until().plusDays(1));
    }
    return day;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Only an invoice crossing a threshold, an order ageing out (the account's or another group
   * member's), a promise's grace period ending and an override expiring change the assessment with
   * time, so those days are the candidates; the first one that changes anything is the next
   * time-driven change.
   */
  private static Optional<LocalDate> nextChange(Inputs inputs, LocalDate today, Assessment now) {
    PolicySettings settings = inputs.settings();
    AccountCredit account = inputs.account();
    Stream<LocalDate> crossings =
        Stream.concat(
            inputs.ladder().crossings(settings.holdAfterDaysPastDue()).stream(),
            inputs.ladder().crossings(settings.warnAfterDaysPastDue()).stream());
    Stream<LocalDate> promiseEnd =
        account.promise() == null
            ? Stream.empty()
            : Stream.of(account.promise().graceEndsOn(settings).plusDays(1));
    Stream<LocalDate> overrideEnd =
        account.override() == null
            ? Stream.empty()
            : Stream.of(account.override().until().plusDays(1));
    Stream<LocalDate> ordersAgeingOut =
        inputs.ledgers().stream()
            .flatMap(ledger -> ledger.openOrders().stream())
            .map(order -> order.lastCountedDay(settings.openOrderDays()).plusDays(1));
    return Stream.of(crossings, promiseEnd, overrideEnd, ordersAgeingOut)
        .flatMap(s -> s)
        .filter(day -> day.isAfter(today))
        .distinct()
        .sorted(Comparator.naturalOrder())
        .filter(day -> !assess(inputs, day).equals(now))
        .findFirst();
  }

  /** What one evaluation reads, computed once. */
  private record Inputs(AccountCredit account, PastDueLadder ladder, PolicySettings settings) {

    BigDecimal exposureOn(LocalDate day) {
      return account.ledger().exposureOn(day, settings.openOrderDays());
    }

    /** The group's exposure on {@code day}; null without a group. */
    BigDecimal groupExposureOn(LocalDate day, BigDecimal memberExposure) {
      CreditGroup group = account.group();
      return group == null ? null : group.exposureOn(day, settings.openOrderDays(), memberExposure);
    }

    /** The account's ledger and its group sisters'. */
    List<AccountLedger> ledgers() {
      List<AccountLedger> ledgers = new ArrayList<>();
      ledgers.add(account.ledger());
      if (account.group() != null) {
        ledgers.addAll(account.group().otherMembers());
      }
      return ledgers;
    }
  }

  /** A rule or modifier that applies; past-due rules carry the invoices that make them fire. */
  record Finding(ReasonCode code, PastDue pastDue) {}

  record Assessment(
      CreditStatus status,
      List<Finding> findings,
      LocalDate projectedHoldOn,
      BigDecimal cureAmount,
      PromiseState promiseState,
      BigDecimal exposure,
      BigDecimal groupExposure) {}
}
