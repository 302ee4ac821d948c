package com.creditbridge.hold.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** A currency and its minor unit: how amounts in it are rounded, scaled and written. */
public record CurrencyUnit(String code, int fractionDigits) {

  /** Used when the JDK knows no minor unit for the code (e.g. XXX), so amounts still print. */
  private static final int FALLBACK_FRACTION_DIGITS = 2;

  public CurrencyUnit {
    Objects.requireNonNull(code, "code");
  }

  public static CurrencyUnit of(String code) {
    int digits;
    try {
      digits = Currency.getInstance(code).getDefaultFractionDigits();
    } catch (IllegalArgumentException unknownCode) {
      // the account-service validates currencies; an unknown one must not stop the evaluation
      digits = FALLBACK_FRACTION_DIGITS;
    }
    return new CurrencyUnit(code, digits < 0 ? FALLBACK_FRACTION_DIGITS : digits);
  }

  /** Rounds up (away from zero) to the minor unit: a cure amount must never fall short. */
  public BigDecimal roundUp(BigDecimal amount) {
    return amount == null ? null : amount.setScale(fractionDigits, RoundingMode.UP);
  }

  /** The amount with exactly the currency's scale, as the API writes money. */
  public BigDecimal scaled(BigDecimal amount) {
    return amount == null ? null : amount.setScale(fractionDigits, RoundingMode.HALF_EVEN);
  }

  /** For sentences: {@code 1,200.00 EUR}. */
  public String format(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,." + fractionDigits + "f %s", scaled(amount), code);
  }
}
