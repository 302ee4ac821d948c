package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.AccountLedger;
import com.creditbridge.hold.policy.CreditGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Credit groups (table {@code credit_group}) and their members' ledgers. A group's row is the lock
 * that serialises the evaluations of its members: two replicas applying snapshots of two members
 * (from different partitions) at once would otherwise each decide with the other's old exposure.
 */
@Repository
class CreditGroupStore {

  private final DatabaseClient db;

  CreditGroupStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Locks, in id order, every group the snapshots' accounts belong to now or are about to join
   * (creating groups seen the first time), then stores the names and limits the snapshots give
   * where their version is newer than the stored one. Called before the snapshots are stored, so
   * every transaction takes group locks before account locks. Returns the ids of the groups whose
   * members must be re-evaluated.
   */
  Mono<Set<String>> lockAndUpdate(List<AccountSnapshot> snapshots) {
    Map<String, AccountSnapshot> newest = new TreeMap<>();
    for (AccountSnapshot snapshot : snapshots) {
      GroupMembership group = snapshot.credit().group();
      if (group != null) {
        newest.merge(
            group.groupId(),
            snapshot,
            (a, b) -> a.credit().group().version() >= b.credit().group().version() ? a : b);
      }
    }
    List<AccountSnapshot> refs = new ArrayList<>(newest.values());
    Mono<Void> created =
        refs.isEmpty()
            ? Mono.empty()
            : upsert(
                refs,
                // in id order too: a concurrent creator of the same group is waited for in order
                "on conflict (id) do nothing");
    Mono<List<String>> locked =
        db.sql(
                """
                select id from credit_group
                where id = any(array(
                    select credit_group_id from account_snapshot
                    where account_id = any(:accountIds) and credit_group_id is not null)
                  || :groupIds::text[])
                order by id
                for update
                """)
            .bind(
                "accountIds",
                snapshots.stream().map(AccountSnapshot::accountId).toArray(String[]::new))
            .bind("groupIds", newest.keySet().toArray(String[]::new))
            .map(row -> row.get("id", String.class))
            .all()
            .collectList();
    Mono<Void> updated =
        refs.isEmpty()
            ? Mono.empty()
            : upsert(
                refs,
                """
                on conflict (id) do update set
                    name = excluded.name,
                    credit_limit = excluded.credit_limit,
                    version = excluded.version
                where credit_group.version < excluded.version
                """);
    return created.then(locked).flatMap(ids -> updated.thenReturn(Set.copyOf(ids)));
  }

  private Mono<Void> upsert(List<AccountSnapshot> refs, String onConflict) {
    return db.sql(
            """
            insert into credit_group (id, name, credit_limit, currency, version)
            select u.id, u.name, u.credit_limit::numeric, u.currency, u.version::bigint
            from unnest(:id::text[], :name::text[], :creditLimit::text[], :currency::text[],
                        :version::text[]) as u(id, name, credit_limit, currency, version)
            order by u.id
            """
                + onConflict)
        .bind("id", column(refs, s -> s.credit().group().groupId()))
        .bind("name", column(refs, s -> s.credit().group().name()))
        .bind("creditLimit", column(refs, s -> s.credit().group().creditLimit().toPlainString()))
        .bind("currency", column(refs, s -> s.credit().currency()))
        .bind("version", column(refs, s -> String.valueOf(s.credit().group().version())))
        .then();
  }

  /**
   * Gives each account that belongs to a group that group as the policy sees it: the stored name
   * and limit and every other member's ledger, read in one statement inside the caller's
   * transaction (so it sees the snapshots just stored).
   */
  Mono<List<AccountInputs>> withGroups(List<AccountInputs> accounts) {
    Set<String> groupIds = new LinkedHashSet<>();
    accounts.forEach(
        a -> {
          if (a.snapshot().credit().groupId() != null) {
            groupIds.add(a.snapshot().credit().groupId());
          }
        });
    if (groupIds.isEmpty()) {
      return Mono.just(accounts);
    }
    return members(groupIds)
        .map(
            groups ->
                accounts.stream()
                    .map(
                        a -> {
                          Members members = groups.get(a.snapshot().credit().groupId());
                          return members == null ? a : a.withGroup(members.seenFrom(a.accountId()));
                        })
                    .toList());
  }

  /** The groups with their members' ledgers, by group id. */
  Mono<Map<String, Members>> members(Collection<String> groupIds) {
    return db.sql(
            """
            select g.id, g.name, g.credit_limit as group_limit, s.account_id, s.currency,
                   s.credit_limit, s.unapplied_credit, cast(s.open_invoices as text) as open_invoices,
                   cast(s.open_orders as text) as open_orders
            from credit_group g
            join account_snapshot s on s.credit_group_id = g.id
            where g.id = any(:ids)
            order by g.id, s.account_id
            """)
        .bind("ids", groupIds.toArray(String[]::new))
        .map(
            row ->
                new Member(
                    row.get("id", String.class),
                    row.get("name", String.class),
                    row.get("group_limit", BigDecimal.class),
                    row.get("account_id", String.class),
                    new AccountLedger(
                        row.get("currency", String.class),
                        row.get("credit_limit", BigDecimal.class),
                        row.get("unapplied_credit", BigDecimal.class),
                        StoredSnapshotJson.invoices(row.get("open_invoices", String.class)),
                        StoredSnapshotJson.orders(row.get("open_orders", String.class)))))
        .all()
        .collectList()
        .map(
            rows -> {
              Map<String, Members> groups = new HashMap<>();
              for (Member row : rows) {
                groups
                    .computeIfAbsent(
                        row.groupId(),
                        id -> new Members(id, row.name(), row.creditLimit(), new TreeMap<>()))
                    .ledgers()
                    .put(row.accountId(), row.ledger());
              }
              return groups;
            });
  }

  private record Member(
      String groupId,
      String name,
      BigDecimal creditLimit,
      String accountId,
      AccountLedger ledger) {}

  /** A group and its members' ledgers by account id. */
  record Members(
      String groupId, String name, BigDecimal creditLimit, Map<String, AccountLedger> ledgers) {

    /** The group as the policy sees it when it evaluates {@code accountId}. */
    CreditGroup seenFrom(String accountId) {
      return new CreditGroup(
          groupId,
          name,
          creditLimit,
          ledgers.entrySet().stream()
              .filter(e -> !e.getKey().equals(accountId))
              .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
              .map(Map.Entry::getValue)
              .toList());
    }
  }

  private static String[] column(
      List<AccountSnapshot> snapshots, java.util.function.Function<AccountSnapshot, String> value) {
    return snapshots.stream().map(value).toArray(String[]::new);
  }
}
