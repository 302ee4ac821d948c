package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.platform.access.Viewer;

/**
 * In which capacities a caller decides a review request ({@link Decider}); {@link JointApproval}
 * then says whether that is enough. A signed-in person decides as themselves: a credit role when
 * they are a member, the sales manager when theirs is the account's sales manager's address. An API
 * client names whom it acts for, and what its key holds bounds it:
 *
 * <ul>
 *   <li>{@code credit:write} (or {@code admin}): the sales manager when it names that person, else
 *       credit. So does a client whose scopes the gateway did not name (a direct call inside).
 *   <li>{@code sales:write} without those: the sales manager when it names that person, else
 *       nothing, so a CRM cannot approve as credit by naming someone else.
 * </ul>
 */
public final class DeciderCapacity {

  static final String CREDIT_WRITE = "credit:write";

  private DeciderCapacity() {}

  /**
   * @param decidedBy who decides: the signed-in person, or whom the API client names
   * @param salesManagerEmail the account's sales manager's address; null when it has none
   */
  public static Decider of(Viewer viewer, Person decidedBy, String salesManagerEmail) {
    boolean salesManager =
        salesManagerEmail != null && salesManagerEmail.equalsIgnoreCase(decidedBy.email());
    if (viewer instanceof Viewer.Person person) {
      return new Decider(decidedBy, person.isMember(), salesManager);
    }
    Viewer.ApiClient client = (Viewer.ApiClient) viewer;
    boolean actsForCredit = !client.scopesKnown() || client.holds(CREDIT_WRITE);
    return new Decider(decidedBy, actsForCredit && !salesManager, salesManager);
  }
}
