package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order credit check of credit-policy.md as a pure function of (account, order, settings,
 * today): the account's status now, then the exposure the order would take the account and its
 * group to. It decides nothing and stores nothing; the same inputs always give the same answer.
 */
public final class OrderCheckPolicy {

  /** The limit rules an order is judged by afresh: the account's status reasons on them are not. */
  private static final Set<ReasonCode> LIMIT_RULES =
      EnumSet.of(
          ReasonCode.CREDIT_LIMIT_EXCEEDED,
          ReasonCode.CREDIT_LIMIT_NEAR,
          ReasonCode.GROUP_LIMIT_EXCEEDED,
          ReasonCode.GROUP_LIMIT_NEAR);

  private final CreditPolicy policy = new CreditPolicy();

  /**
   * @param accountName how the sentences name the account
   * @param amount the order's amount, above zero, in the account's currency
   * @param orderId the order, when it is already placed: its open amount is then replaced by {@code
   *     amount} rather than counted twice; null for an order not yet placed
   */
  public OrderCheck check(
      AccountCredit account,
      String accountName,
      BigDecimal amount,
      String orderId,
      PolicySettings settings,
      LocalDate today) {
    Objects.requireNonNull(accountName, "accountName");
    if (Objects.requireNonNull(amount, "amount").signum() <= 0) {
      throw new IllegalArgumentException("amount must be above zero");
    }
    PolicyOutcome now = policy.evaluate(account, settings, today);
    AccountLedger ledger = account.ledger();
    CurrencyUnit unit = CurrencyUnit.of(ledger.currency());
    int openOrderDays = settings.openOrderDays();
    BigDecimal alreadyCounted =
        orderId == null ? BigDecimal.ZERO : ledger.openAmountOfOrder(orderId, today, openOrderDays);
    BigDecimal added = amount.subtract(alreadyCounted);
    BigDecimal exposure = ledger.exposureOn(today, openOrderDays);
    BigDecimal exposureAfter = exposure.add(added).max(BigDecimal.ZERO);
    CreditGroup group = account.group();
    BigDecimal groupAfter =
        group == null
            ? null
            : group.exposureOn(today, openOrderDays, exposure).add(added).max(BigDecimal.ZERO);

    OrderSentences sentences = new OrderSentences(unit, accountName);
    Limits own = Limits.of(ledger.creditLimit(), settings);
    Limits groupLimits = group == null ? Limits.NONE : Limits.of(group.creditLimit(), settings);
    List<CreditReason> orderReasons = new ArrayList<>();
    boolean overHold = own.aboveHold(exposureAfter);
    boolean groupOverHold = groupLimits.aboveHold(groupAfter);
    boolean overWarn = !overHold && own.aboveWarn(exposureAfter);
    boolean groupOverWarn = !groupOverHold && groupLimits.aboveWarn(groupAfter);
    if (overHold) {
      orderReasons.add(
          sentences.accountLimit(ReasonCode.CREDIT_LIMIT_EXCEEDED, exposureAfter, own));
    }
    if (groupOverHold) {
      orderReasons.add(
          sentences.groupLimit(ReasonCode.GROUP_LIMIT_EXCEEDED, group, groupAfter, groupLimits));
    }
    if (overWarn) {
      orderReasons.add(sentences.accountLimit(ReasonCode.CREDIT_LIMIT_NEAR, exposureAfter, own));
    }
    if (groupOverWarn) {
      orderReasons.add(
          sentences.groupLimit(ReasonCode.GROUP_LIMIT_NEAR, group, groupAfter, groupLimits));
    }
    List<CreditReason> statusReasons =
        now.reasons().stream().filter(reason -> !LIMIT_RULES.contains(reason.code())).toList();

    OrderCheckDecision decision;
    List<CreditReason> reasons = new ArrayList<>();
    boolean overrideActive = account.override() != null && account.override().activeOn(today);
    if (overrideActive) {
      // released by a person: only an order that alone is beyond the limit goes back to credit
      boolean orderAloneOverHold = own.aboveHold(amount);
      decision = orderAloneOverHold ? OrderCheckDecision.REVIEW : OrderCheckDecision.APPROVE;
      reasons.addAll(statusReasons);
      if (orderAloneOverHold) {
        reasons.add(sentences.orderAlone(amount, own));
      }
    } else if (now.status() == CreditStatus.ON_HOLD || overHold || groupOverHold) {
      decision = OrderCheckDecision.BLOCK;
      reasons.addAll(orderReasons);
      reasons.addAll(statusReasons);
    } else if (now.status() == CreditStatus.APPROACHING || overWarn || groupOverWarn) {
      decision = OrderCheckDecision.REVIEW;
      reasons.addAll(orderReasons);
      reasons.addAll(statusReasons);
    } else {
      decision = OrderCheckDecision.APPROVE;
    }
    BigDecimal available =
        own.hold() == null ? null : own.hold().subtract(exposure).max(BigDecimal.ZERO);
    return new OrderCheck(
        decision,
        ReasonOrder.sorted(reasons),
        now.status(),
        unit.scaled(exposure),
        unit.scaled(exposureAfter),
        unit.scaled(ledger.creditLimit()),
        unit.scaled(available),
        unit.scaled(groupAfter));
  }

  /** A limit's hold and warn thresholds; both null without a limit. */
  record Limits(BigDecimal limit, BigDecimal hold, BigDecimal warn) {

    static final Limits NONE = new Limits(null, null, null);

    static Limits of(BigDecimal limit, PolicySettings settings) {
      return limit == null
          ? NONE
          : new Limits(
              limit,
              limit.multiply(settings.creditLimitHoldRatio()),
              limit.multiply(settings.creditLimitWarnRatio()));
    }

    boolean aboveHold(BigDecimal exposure) {
      return hold != null && exposure != null && exposure.compareTo(hold) > 0;
    }

    boolean aboveWarn(BigDecimal exposure) {
      return warn != null && exposure != null && exposure.compareTo(warn) > 0;
    }
  }
}
