package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A promise to pay as the policy sees it.
 *
 * @param paidSoFar payments received since the promise was recorded (receivedTotal now minus
 *     receivedTotal then)
 * @param broken true once the service has recorded the promise as broken: it stays broken even if
 *     the money arrives later
 */
public record PromiseToPay(
    String promiseId,
    BigDecimal amount,
    LocalDate promisedOn,
    BigDecimal paidSoFar,
    String recordedBy,
    boolean broken) {

  public PromiseToPay {
    Objects.requireNonNull(promiseId, "promiseId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(promisedOn, "promisedOn");
    paidSoFar = paidSoFar == null ? BigDecimal.ZERO : paidSoFar.max(BigDecimal.ZERO);
  }

  /** The last day on which the promise still defers a hold. */
  public LocalDate graceEndsOn(PolicySettings settings) {
    return promisedOn.plusDays(settings.promiseGraceDays());
  }

  /** Kept once the payments reach the amount; broken when the grace period ends first. */
  public PromiseState stateOn(LocalDate day, PolicySettings settings) {
    if (broken) {
      return PromiseState.BROKEN;
    }
    if (paidSoFar.compareTo(amount) >= 0) {
      return PromiseState.KEPT;
    }
    return day.isAfter(graceEndsOn(settings)) ? PromiseState.BROKEN : PromiseState.ACTIVE;
  }
}
