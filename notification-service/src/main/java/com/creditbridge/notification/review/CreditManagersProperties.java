package com.creditbridge.notification.review;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.notification.*}; defaults in application.yml.
 *
 * @param creditManagers the credit managers' addresses: who hears of a review request nobody
 *     decided in time, and of one on an account without a credit analyst. Configured here because
 *     the members with the {@code credit-manager} role live in the gateway's own database, which
 *     this service never reads; empty means nobody (a warning in the log).
 */
@ConfigurationProperties("creditbridge.notification")
public record CreditManagersProperties(List<String> creditManagers) {

  public CreditManagersProperties {
    creditManagers =
        creditManagers == null
            ? List.of()
            : creditManagers.stream()
                .filter(a -> a != null && !a.isBlank())
                .map(a -> a.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
  }
}
