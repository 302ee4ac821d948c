package com.creditbridge.notification.people;

import com.creditbridge.notification.email.content.Recipients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Everyone the accounts' status updates name, by lower-case email, with the roles they were seen in
 * ({@code person}). The time an address is first seen as a sales rep is kept: it is what the
 * welcome waits for.
 */
@Service
public class PeopleDirectory {

  /** Someone named on an account, in one role. */
  public record Seen(String email, String name, Role role) {}

  /** The roles an account names people in (the contract's field names). */
  public enum Role {
    SALES_REP("salesRep"),
    CREDIT_ANALYST("creditAnalyst"),
    SALES_MANAGER("salesManager");

    private final String wireName;

    Role(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  private final DatabaseClient db;

  PeopleDirectory(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Records the people of a batch of status updates in one statement; joins the caller's
   * transaction (the updates are applied and the people recorded together).
   */
  public Mono<Void> record(List<Seen> seen, Instant now) {
    // sorted: concurrent batches lock the same rows in the same order, so they never deadlock
    Map<String, Row> rows = new TreeMap<>();
    for (Seen s : seen) {
      if (s.email() == null || s.email().isBlank()) {
        continue;
      }
      String email = Recipients.normalized(s.email());
      rows.computeIfAbsent(email, e -> new Row()).add(s);
    }
    if (rows.isEmpty()) {
      return Mono.empty();
    }
    List<Map.Entry<String, Row>> all = List.copyOf(rows.entrySet());
    return db.sql(
            """
            insert into person
              (email, name, sales_rep, credit_analyst, sales_manager, first_seen_at,
               sales_rep_since)
            select p.email, p.name, p.rep, p.analyst, p.manager, :now,
                   case when p.rep then cast(:now as timestamptz) end
              from unnest(cast(:emails as text[]), cast(:names as text[]),
                          cast(:reps as boolean[]), cast(:analysts as boolean[]),
                          cast(:managers as boolean[]))
                as p(email, name, rep, analyst, manager)
            on conflict (email) do update
               set name = coalesce(excluded.name, person.name),
                   sales_rep = person.sales_rep or excluded.sales_rep,
                   credit_analyst = person.credit_analyst or excluded.credit_analyst,
                   sales_manager = person.sales_manager or excluded.sales_manager,
                   sales_rep_since = coalesce(person.sales_rep_since, excluded.sales_rep_since)
             where excluded.name is distinct from person.name and excluded.name is not null
                or (excluded.sales_rep and not person.sales_rep)
                or (excluded.credit_analyst and not person.credit_analyst)
                or (excluded.sales_manager and not person.sales_manager)
            """)
        .bind("emails", all.stream().map(Map.Entry::getKey).toArray(String[]::new))
        .bind("names", all.stream().map(e -> e.getValue().name).toArray(String[]::new))
        .bind("reps", all.stream().map(e -> e.getValue().rep).toArray(Boolean[]::new))
        .bind("analysts", all.stream().map(e -> e.getValue().analyst).toArray(Boolean[]::new))
        .bind("managers", all.stream().map(e -> e.getValue().manager).toArray(Boolean[]::new))
        .bind("now", now)
        .then();
  }

  /** One address's roles and name within a batch (the same address may appear many times). */
  private static final class Row {
    String name;
    boolean rep;
    boolean analyst;
    boolean manager;

    void add(Seen s) {
      if (s.name() != null && !s.name().isBlank()) {
        name = s.name().strip();
      }
      switch (s.role()) {
        case SALES_REP -> rep = true;
        case CREDIT_ANALYST -> analyst = true;
        case SALES_MANAGER -> manager = true;
      }
    }
  }
}
