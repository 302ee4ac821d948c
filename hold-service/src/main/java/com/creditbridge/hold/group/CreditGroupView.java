package com.creditbridge.hold.group;

import java.util.List;

/**
 * The body of {@code GET /api/v1/credit-groups/{id}}. Money is a decimal string with the currency's
 * scale. {@code exposure} is the whole group's; a signed-in person is listed only the members they
 * see.
 *
 * @param status the group's own status, from the group rules alone
 */
record CreditGroupView(
    String groupId,
    String name,
    String creditLimit,
    String currency,
    String exposure,
    String status,
    List<Member> members) {

  record Member(String accountId, String exposure, String status) {}
}
