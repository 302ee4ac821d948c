package com.creditbridge.notification.review.letters;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.TemplateKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who hears of a review request's step and of a manual hold on a large account, and with which
 * template: the people who must act, and the requester. Pure, so the rules are tested without mail.
 */
public final class ReviewLetters {

  /** The greeting when the credit managers are written to as a group. */
  public static final String CREDIT_MANAGERS = "credit managers";

  private ReviewLetters() {}

  /**
   * One email to plan.
   *
   * @param greeting who the email greets ("Carl Credit and Mona Manager")
   */
  public record Letter(String template, Recipients recipients, String greeting) {}

  /**
   * The email about a review request's step.
   *
   * <ul>
   *   <li>asked: to the account's credit analyst, and its sales manager too when both must approve;
   *       without a known analyst the credit managers decide, so they get it instead
   *   <li>decided: to the requester, cc the account's sales rep when someone else
   *   <li>escalated: to the credit managers
   * </ul>
   *
   * @param account the account as the service last knew it; null when it knows nothing yet
   * @param creditManagers the credit managers' addresses
   * @return empty when nobody can be written to
   */
  public static Optional<Letter> of(
      ReviewChange review, HoldChange account, List<String> creditManagers) {
    List<Mailbox> managers = creditManagers.stream().map(a -> new Mailbox(null, a)).toList();
    return switch (review.step()) {
      case REQUESTED -> {
        List<Mailbox> to = new ArrayList<>();
        Mailbox analyst = account == null ? null : Recipients.mailbox(account.creditAnalyst());
        boolean toManagers = analyst == null;
        if (toManagers) {
          to.addAll(managers);
        } else {
          to.add(analyst);
        }
        if (review.approvalsNeeded() >= 2 && account != null) {
          add(to, Recipients.mailbox(account.salesManager()));
        }
        yield letter(TemplateKind.REVIEW_REQUESTED, to, List.of(), toManagers);
      }
      case DECIDED -> {
        Mailbox requester = Recipients.mailbox(review.requestedBy());
        Mailbox rep = account == null ? null : Recipients.mailbox(account.salesRep());
        if (requester == null) {
          yield letter(TemplateKind.REVIEW_DECIDED, listOf(rep), List.of(), false);
        }
        List<Mailbox> cc = new ArrayList<>();
        if (rep != null && !same(rep, requester)) {
          cc.add(rep);
        }
        yield letter(TemplateKind.REVIEW_DECIDED, List.of(requester), cc, false);
      }
      case ESCALATED -> letter(TemplateKind.REVIEW_ESCALATED, managers, List.of(), true);
    };
  }

  /**
   * The email to the sales manager when credit places a manual hold on an account whose exposure is
   * at or above {@code jointDecisionExposure}; empty for any other change, or without a sales
   * manager to write to.
   */
  public static Optional<Letter> manualHold(HoldChange change, BigDecimal jointDecisionExposure) {
    if (change.manualHold() == null
        || change.exposure() == null
        || change.exposure().compareTo(jointDecisionExposure) < 0) {
      return Optional.empty();
    }
    Mailbox manager = Recipients.mailbox(change.salesManager());
    return manager == null
        ? Optional.empty()
        : letter(TemplateKind.MANUAL_HOLD, List.of(manager), List.of(), false);
  }

  private static Optional<Letter> letter(
      String template, List<Mailbox> to, List<Mailbox> cc, boolean creditManagers) {
    if (to.isEmpty()) {
      return Optional.empty();
    }
    String greeting =
        creditManagers && to.stream().allMatch(m -> m.name() == null)
            ? CREDIT_MANAGERS
            : String.join(" and ", to.stream().map(ReviewLetters::name).toList());
    return Optional.of(new Letter(template, new Recipients(to, cc), greeting));
  }

  private static void add(List<Mailbox> to, Mailbox mailbox) {
    if (mailbox != null && to.stream().noneMatch(m -> same(m, mailbox))) {
      to.add(mailbox);
    }
  }

  private static List<Mailbox> listOf(Mailbox mailbox) {
    return mailbox == null ? List.of() : List.of(mailbox);
  }

  private static boolean same(Mailbox a, Mailbox b) {
    return Recipients.normalized(a.address()).equals(Recipients.normalized(b.address()));
  }

  private static String name(Mailbox m) {
    return m.name() == null || m.name().isBlank() ? m.address() : m.name();
  }
}
