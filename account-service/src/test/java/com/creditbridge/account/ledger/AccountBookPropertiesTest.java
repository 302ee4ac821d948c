package com.creditbridge.account.ledger;

import static com.creditbridge.account.ledger.Events.MAR_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the ledger over random event sequences. The seeds are fixed, so every build checks
 * the same sequences and a failure is reproducible; a failure names its seed, and {@link
 * #check(long)} replays exactly that run. {@code -Dledger.properties.seed=<n>} starts from another
 * seed, {@code -Dledger.properties.seed=random} from a new one each run (to explore, not in CI).
 */
class AccountBookPropertiesTest {

  private static final int RUNS = 300;
  private static final long FIXED_SEED = 20_260_510L;

  @Test
  void invariantsHoldAndAnySplitIntoBatchesGivesTheSameState() {
    long base = baseSeed();
    for (int run = 0; run < RUNS; run++) {
      long seed = base + run;
      try {
        check(seed);
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError("failed for seed " + seed + "L: " + failure.getMessage(), failure);
      }
    }
  }

  private static long baseSeed() {
    String asked = System.getProperty("ledger.properties.seed");
    if (asked == null) {
      return FIXED_SEED;
    }
    long base = asked.equals("random") ? new Random().nextLong() : Long.parseLong(asked);
    System.out.println("AccountBookPropertiesTest: seeds from " + base + "L");
    return base;
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    List<LedgerEvent> events = randomEvents(random, 20 + random.nextInt(60));

    AccountBook whole = AccountBook.absent(Events.ACCOUNT);
    List<Decision> decisions = new ArrayList<>();
    for (LedgerEvent event : events) {
      decisions.add(whole.apply(event));
      assertInvariants(whole);
    }

    StoredLedger stored = new StoredLedger();
    List<Decision> batched = new ArrayList<>();
    int start = 0;
    while (start < events.size()) {
      int end = Math.min(events.size(), start + 1 + random.nextInt(12));
      List<LedgerEvent> batch = events.subList(start, end);
      AccountBook book = stored.load(batch);
      batch.forEach(e -> batched.add(book.apply(e)));
      stored.save(book);
      start = end;
    }

    assertThat(batched).isEqualTo(decisions);
    assertThat(stored.full().state()).isEqualTo(whole.state());
  }

  private static void assertInvariants(AccountBook book) {
    AccountBook.State state = book.state();
    Map<String, BigDecimal> toInvoice = new HashMap<>();
    Map<String, BigDecimal> fromCredit = new HashMap<>();
    state
        .allocations()
        .forEach(
            (pair, amount) -> {
              assertThat(amount.signum()).as("allocation %s", pair).isPositive();
              String[] sides = pair.split("->");
              toInvoice.merge(sides[1], amount, BigDecimal::add);
              fromCredit.merge(sides[0], amount, BigDecimal::add);
            });
    boolean creditLeft = false;
    for (Credit credit : state.credits()) {
      BigDecimal applied =
          fromCredit.getOrDefault(
              credit.ref().kind().code() + "/" + credit.ref().id(), BigDecimal.ZERO);
      assertThat(credit.unapplied().signum()).isNotNegative();
      assertThat(applied.add(credit.unapplied()))
          .as("credit %s applied + unapplied", credit.ref())
          .isEqualByComparingTo(credit.reversed() ? BigDecimal.ZERO : credit.amount());
      creditLeft |= credit.unapplied().signum() > 0;
    }
    BigDecimal open = BigDecimal.ZERO;
    boolean qualifying = false;
    for (Invoice invoice : state.invoices().values()) {
      BigDecimal applied = toInvoice.getOrDefault(invoice.invoiceId(), BigDecimal.ZERO);
      assertThat(invoice.openAmount().signum()).isNotNegative();
      assertThat(applied.add(invoice.openAmount()))
          .as("invoice %s applied + open", invoice.invoiceId())
          .isEqualByComparingTo(invoice.voided() ? BigDecimal.ZERO : invoice.amount());
      open = open.add(invoice.isOpen() ? invoice.openAmount() : BigDecimal.ZERO);
      qualifying |= invoice.qualifies();
    }
    assertThat(creditLeft && qualifying).as("credit left while an invoice qualifies").isFalse();
    if (book.account() != null) {
      AccountSnapshot snapshot = book.snapshot(MAR_1);
      assertThat(snapshot.exposure())
          .isEqualByComparingTo(open.subtract(book.unappliedCredit()).max(BigDecimal.ZERO));
    }
  }

  private static List<LedgerEvent> randomEvents(Random random, int count) {
    List<LedgerEvent> events = new ArrayList<>();
    events.add(Events.upserted());
    for (int i = 0; i < count; i++) {
      String invoice = "I" + random.nextInt(8);
      String payment = "P" + random.nextInt(6);
      String amount = (1 + random.nextInt(400)) + "." + random.nextInt(100);
      String named = random.nextInt(3) == 0 ? invoice : null;
      events.add(
          switch (random.nextInt(10)) {
            case 0, 1, 2 -> Events.invoice(invoice, amount, MAR_1.plusDays(random.nextInt(20)));
            case 3, 4 -> Events.payment(payment, amount, named);
            case 5 -> Events.creditNote("C" + random.nextInt(4), amount, named);
            case 6 -> Events.reversal(payment);
            case 7 -> Events.voided(invoice);
            case 8 -> Events.disputed(invoice);
            default -> Events.resolved(invoice);
          });
    }
    return events;
  }

  /**
   * What the database holds, and what {@code AccountBookStore} loads from it for a batch: every
   * open invoice and unapplied credit, what the batch names, and for voids and reversals their
   * allocations with the other sides.
   */
  private static final class StoredLedger {
    private Account account;
    private BigDecimal receivedTotal = BigDecimal.ZERO;
    private final Map<String, Invoice> invoices = new HashMap<>();
    private final Map<CreditRef, Credit> credits = new HashMap<>();
    private final List<Allocation> journal = new ArrayList<>();

    AccountBook load(List<LedgerEvent> batch) {
      if (account == null) {
        return AccountBook.absent(Events.ACCOUNT);
      }
      Set<String> invoiceIds = new LinkedHashSet<>();
      Set<CreditRef> creditRefs = new LinkedHashSet<>();
      invoices.values().stream()
          .filter(Invoice::isOpen)
          .forEach(i -> invoiceIds.add(i.invoiceId()));
      credits.values().stream()
          .filter(c -> c.unapplied().signum() > 0)
          .forEach(c -> creditRefs.add(c.ref()));
      Set<String> voided = new LinkedHashSet<>();
      Set<CreditRef> reversed = new LinkedHashSet<>();
      for (LedgerEvent event : batch) {
        if (event.invoiceRef() != null) {
          invoiceIds.add(event.invoiceRef());
        }
        if (event.creditRef() != null) {
          creditRefs.add(event.creditRef());
        }
        if (event instanceof InvoiceVoided v) {
          voided.add(v.invoiceId());
        }
        if (event instanceof PaymentReversed r) {
          reversed.add(r.creditRef());
        }
      }
      List<Allocation> allocations =
          net().stream()
              .filter(a -> voided.contains(a.invoiceId()) || reversed.contains(a.credit()))
              .toList();
      allocations.forEach(
          a -> {
            invoiceIds.add(a.invoiceId());
            creditRefs.add(a.credit());
          });
      return AccountBook.of(
          account,
          !invoices.isEmpty() || !credits.isEmpty(),
          receivedTotal,
          invoiceIds.stream().map(invoices::get).filter(i -> i != null).toList(),
          creditRefs.stream().map(credits::get).filter(c -> c != null).toList(),
          allocations);
    }

    AccountBook full() {
      return AccountBook.of(
          account,
          !invoices.isEmpty() || !credits.isEmpty(),
          receivedTotal,
          invoices.values(),
          credits.values(),
          net());
    }

    void save(AccountBook book) {
      if (!book.accountChanged()) {
        return;
      }
      account = book.account();
      receivedTotal = book.receivedTotal();
      book.changes().invoices().forEach(i -> invoices.put(i.invoiceId(), i));
      book.changes().credits().forEach(c -> credits.put(c.ref(), c));
      journal.addAll(book.changes().movements());
    }

    private List<Allocation> net() {
      Map<String, Allocation> sums = new HashMap<>();
      for (Allocation a : journal) {
        sums.merge(
            a.credit() + "->" + a.invoiceId(),
            a,
            (x, y) -> new Allocation(x.credit(), x.invoiceId(), x.amount().add(y.amount()), null));
      }
      return sums.values().stream().filter(a -> a.amount().signum() != 0).toList();
    }
  }
}
