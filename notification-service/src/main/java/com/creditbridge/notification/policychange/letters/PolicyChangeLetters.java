package com.creditbridge.notification.policychange.letters;

import com.creditbridge.platform.wording.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each sales rep is told about one policy version: their moved accounts, each in one sentence
 * ("Acme Ltd: In good standing → Order review, because: …"). Accounts without a rep's address reach
 * nobody and are counted instead.
 */
public final class PolicyChangeLetters {

  private PolicyChangeLetters() {}

  /** One rep's letter: the accounts in name order. */
  public record Letter(String repEmail, String repName, List<Line> lines) {
    public Letter {
      lines = List.copyOf(lines);
    }
  }

  /** One moved account, worded. */
  public record Line(
      String accountId, String accountName, String from, String to, String sentence) {}

  /** The letters, in address order, and the accounts nobody can be told about. */
  public record Letters(List<Letter> letters, int accountsWithoutRep) {
    public Letters {
      letters = List.copyOf(letters);
    }
  }

  /** Groups the changes by rep address (case-insensitive), in the contract's default wording. */
  public static Letters of(List<PolicyChange> changes) {
    return of(changes, Wording.DEFAULTS);
  }

  /** Groups the changes by rep address (case-insensitive), the statuses in the wording's labels. */
  public static Letters of(List<PolicyChange> changes, Wording wording) {
    Map<String, List<PolicyChange>> byRep = new LinkedHashMap<>();
    int withoutRep = 0;
    for (PolicyChange change : changes) {
      String address = normal(change.repEmail());
      if (address == null) {
        withoutRep++;
      } else {
        byRep.computeIfAbsent(address, a -> new ArrayList<>()).add(change);
      }
    }
    List<Letter> letters =
        byRep.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> letter(entry.getKey(), entry.getValue(), wording))
            .toList();
    return new Letters(letters, withoutRep);
  }

  /** "Acme Ltd: In good standing → Order review, because: First reason. Second reason." */
  public static String sentence(PolicyChange change) {
    return sentence(change, Wording.DEFAULTS);
  }

  /** The sentence with the wording's labels (its phrases are applied to the whole email). */
  public static String sentence(PolicyChange change, Wording wording) {
    String head =
        "%s: %s → %s"
            .formatted(
                name(change),
                StatusWords.label(change.previousStatus(), wording),
                StatusWords.label(change.status(), wording));
    if (change.reasons().isEmpty()) {
      return head + ".";
    }
    // the reasons are whole sentences ("Invoice INV-1 … is 40 days past due; …"), kept as worded
    return head
        + ", because: "
        + change.reasons().stream().map(String::strip).collect(Collectors.joining(" "));
  }

  private static Letter letter(String address, List<PolicyChange> changes, Wording wording) {
    String name =
        changes.stream()
            .map(PolicyChange::repName)
            .filter(n -> n != null && !n.isBlank())
            .findFirst()
            .orElse(null);
    List<Line> lines =
        changes.stream()
            .sorted(
                Comparator.comparing((PolicyChange c) -> name(c).toLowerCase(Locale.ROOT))
                    .thenComparing(PolicyChange::accountId))
            .map(
                c ->
                    new Line(
                        c.accountId(),
                        name(c),
                        StatusWords.label(c.previousStatus(), wording),
                        StatusWords.label(c.status(), wording),
                        sentence(c, wording)))
            .toList();
    return new Letter(address, name, lines);
  }

  private static String name(PolicyChange change) {
    return change.accountName() == null || change.accountName().isBlank()
        ? change.accountId()
        : change.accountName();
  }

  private static String normal(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
