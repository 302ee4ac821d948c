package com.creditbridge.hold.policy;

import com.creditbridge.contracts.CreditStatus;
import java.math.BigDecimal;

/**
 * A credit group's own status, from the group rules alone: ON_HOLD when {@code
 * GROUP_LIMIT_EXCEEDED} fires for its members, APPROACHING when {@code GROUP_LIMIT_NEAR} does, else
 * CLEAR. Members may be worse off on their own rules; that is their status, not the group's.
 */
public final class GroupLimitStatus {

  private GroupLimitStatus() {}

  public static CreditStatus of(BigDecimal exposure, BigDecimal limit, PolicySettings settings) {
    if (exposure.compareTo(limit.multiply(settings.creditLimitHoldRatio())) > 0) {
      return CreditStatus.ON_HOLD;
    }
    if (exposure.compareTo(limit.multiply(settings.creditLimitWarnRatio())) > 0) {
      return CreditStatus.APPROACHING;
    }
    return CreditStatus.CLEAR;
  }
}
