package com.creditbridge.notification.meeting.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a sales team's meeting with credit looks at: the held and approaching accounts in the
 * hold-service's at-risk order, and at most {@link #MEET_TOGETHER} accounts worth visiting with
 * credit (the largest exposures among those paying later than before or owing anything past due).
 */
public final class MeetingPack {

  /** More suggestions than a meeting can act on would hide the ones that matter. */
  public static final int MEET_TOGETHER = 5;

  private MeetingPack() {}

  /** A held or approaching account of the team. */
  public record AtRisk(
      String accountId, boolean onHold, LocalDate projectedHoldOn, BigDecimal exposure) {
    public AtRisk {
      Objects.requireNonNull(accountId, "accountId");
      exposure = exposure == null ? BigDecimal.ZERO : exposure;
    }
  }

  /** An account of the team as a visit candidate. */
  public record Candidate(
      String accountId, BigDecimal exposure, boolean worsening, boolean anythingPastDue) {
    public Candidate {
      Objects.requireNonNull(accountId, "accountId");
      exposure = exposure == null ? BigDecimal.ZERO : exposure;
    }
  }

  /**
   * The hold-service's at-risk order: on hold first, then by projected hold date (none last), then
   * by exposure, largest first; ties by account id.
   */
  public static final Comparator<AtRisk> AT_RISK_ORDER =
      Comparator.comparing((AtRisk a) -> a.onHold() ? 0 : 1)
          .thenComparing(AtRisk::projectedHoldOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(AtRisk::exposure, Comparator.reverseOrder())
          .thenComparing(AtRisk::accountId);

  public static <T> List<T> inAtRiskOrder(
      Collection<T> accounts, java.util.function.Function<T, AtRisk> key) {
    return accounts.stream().sorted(Comparator.comparing(key, AT_RISK_ORDER)).toList();
  }

  /** Up to five accounts to meet together, largest exposure first (ties by account id). */
  public static List<Candidate> meetTogether(Collection<Candidate> accounts) {
    return accounts.stream()
        .filter(c -> c.worsening() || c.anythingPastDue())
        .sorted(
            Comparator.comparing(Candidate::exposure, Comparator.reverseOrder())
                .thenComparing(Candidate::accountId))
        .limit(MEET_TOGETHER)
        .toList();
  }
}
