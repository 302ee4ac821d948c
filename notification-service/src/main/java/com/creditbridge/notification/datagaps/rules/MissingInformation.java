package com.creditbridge.notification.datagaps.rules;

import java.util.List;
import java.util.Map;

/**
 * One account's data gaps as a line of the credit analyst's weekly digest, in plain words: "Acme
 * Ltd: no sales manager, no credit limit". The gaps keep {@link DataGaps}' order, so the digest and
 * {@code GET /api/v1/data-gaps} read alike.
 */
public final class MissingInformation {

  private static final Map<String, String> WORDS =
      Map.of(
          DataGaps.CREDIT_ANALYST, "no credit analyst",
          DataGaps.SALES_MANAGER, "no sales manager",
          DataGaps.CREDIT_LIMIT, "no credit limit",
          DataGaps.SEGMENT, "no segment",
          DataGaps.SALES_REP_EMAIL, "the sales rep's email address is refused by the mail server");

  private MissingInformation() {}

  /**
   * The sentence for one account, or null when nothing is missing.
   *
   * @param accountName the account's name; its id when it has none
   * @param missing the gaps' wire names, as {@link DataGaps#of} gives them
   */
  public static String sentence(String accountName, List<String> missing) {
    if (missing.isEmpty()) {
      return null;
    }
    // a gap named later than this class knows still reads as something missing
    List<String> words = missing.stream().map(gap -> WORDS.getOrDefault(gap, "no " + gap)).toList();
    return accountName + ": " + String.join(", ", words);
  }
}
