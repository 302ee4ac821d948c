package com.creditbridge.account.ledger;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The credit groups a chunk of events sees, shared by the chunk's {@link AccountBook}s (a group's
 * members may be in several of them): the groups the chunk's accounts are in and the groups its
 * upserts name, as loaded, and what the upserts changed.
 */
public final class CreditGroups {

  private final Map<String, CreditGroup> groups = new HashMap<>();
  private final Map<String, CreditGroup> changed = new LinkedHashMap<>();
  private final Set<String> created = new HashSet<>();

  /** What was loaded; not a change. A later read of a group replaces an earlier one (newer). */
  public void load(Collection<CreditGroup> loaded) {
    loaded.forEach(g -> groups.put(g.id(), g));
  }

  /** Null for a null id or a group nobody named yet. */
  public CreditGroup get(String id) {
    return id == null ? null : groups.get(id);
  }

  /** Null when an account in {@code terms}' currency may join the group (or create it). */
  Decision refusalToJoin(String accountId, CreditGroupTerms terms, Currency currency) {
    CreditGroup group = groups.get(terms.id());
    return group == null || group.currency().equals(currency)
        ? null
        : Refusals.groupCurrency(accountId, group);
  }

  /** An upsert named the group with these terms: creates it, or restates its name and limit. */
  void named(CreditGroupTerms terms, Currency currency) {
    CreditGroup group = groups.get(terms.id());
    CreditGroup now =
        group == null
            ? new CreditGroup(terms.id(), terms.name(), terms.creditLimit(), currency, 1)
            : group.restated(terms);
    if (group == null) {
      created.add(terms.id());
    }
    if (now != group) {
      groups.put(now.id(), now);
      changed.put(now.id(), now);
    }
  }

  /** The groups new or changed, as they are now. */
  public List<CreditGroup> changed() {
    return List.copyOf(changed.values());
  }

  /** Whether the group was created in this chunk (its row is inserted, not updated). */
  public boolean isNew(String id) {
    return created.contains(id);
  }
}
