package com.creditbridge.account.store;

import static com.creditbridge.platform.sql.UnnestBatch.bigint;
import static com.creditbridge.platform.sql.UnnestBatch.numeric;
import static com.creditbridge.platform.sql.UnnestBatch.text;
import static com.creditbridge.platform.sql.UnnestBatch.timestamptz;

import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.CreditGroups;
import com.creditbridge.platform.sql.UnnestBatch;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The credit groups a chunk's upserts created or changed, in two batched statements; written before
 * the accounts that reference them. The chunk's books share one {@link CreditGroups}.
 */
final class CreditGroupWrites {

  private static final UnnestBatch.Columns GROUP =
      UnnestBatch.columns(
          text("group_id"),
          text("group_name"),
          numeric("group_limit"),
          text("group_currency"),
          bigint("group_version"),
          timestamptz("updated_at"));

  private final UnnestBatch created =
      GROUP.statement(GROUP.insertInto("credit_group") + " on conflict (group_id) do nothing");
  private final UnnestBatch changed = GROUP.statement(GROUP.update("credit_group", "group_id"));

  void add(Collection<AccountBook> books, Instant now) {
    Set<CreditGroups> chunkGroups = Collections.newSetFromMap(new IdentityHashMap<>());
    books.forEach(b -> chunkGroups.add(b.creditGroups()));
    for (CreditGroups groups : chunkGroups) {
      for (CreditGroup g : groups.changed()) {
        (groups.isNew(g.id()) ? created : changed)
            .row()
            .set("group_id", g.id())
            .set("group_name", g.name())
            .set("group_limit", g.creditLimit())
            .set("group_currency", g.currency().getCurrencyCode())
            .set("group_version", g.version())
            .set("updated_at", now)
            .add();
      }
    }
  }

  /** A group created meanwhile by a concurrent transaction is a {@link LostRace}. */
  Mono<Void> execute(DatabaseClient db) {
    return LedgerWrites.inserted(db, created, "a credit group").then(changed.execute(db)).then();
  }
}
