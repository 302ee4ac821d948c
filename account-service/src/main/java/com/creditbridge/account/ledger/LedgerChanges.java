package com.creditbridge.account.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the events applied to an {@link AccountBook} changed since it was loaded: what the store
 * must write. New invoices and credits are told apart from changed ones by the event that brought
 * them (a new row needs all its columns, a changed one only the moving parts).
 */
public final class LedgerChanges {

  private final Map<String, Invoice> invoices = new LinkedHashMap<>();
  private final Map<CreditRef, Credit> credits = new LinkedHashMap<>();
  private final List<Allocation> movements = new ArrayList<>();
  private final Map<String, String> issuedBy = new HashMap<>();
  private final Map<CreditRef, String> creditedBy = new HashMap<>();
  private final Map<String, Order> orders = new LinkedHashMap<>();
  private final Map<String, String> placedBy = new HashMap<>();

  LedgerChanges() {}

  void invoiceChanged(Invoice invoice) {
    invoices.put(invoice.invoiceId(), invoice);
  }

  void creditChanged(Credit credit) {
    credits.put(credit.ref(), credit);
  }

  void invoiceIssued(String invoiceId, String eventId) {
    issuedBy.put(invoiceId, eventId);
  }

  void creditReceived(CreditRef credit, String eventId) {
    creditedBy.put(credit, eventId);
  }

  void orderChanged(Order order) {
    orders.put(order.orderId(), order);
  }

  void orderPlaced(String orderId, String eventId) {
    placedBy.put(orderId, eventId);
  }

  void moved(Allocation allocation) {
    movements.add(allocation);
  }

  /** The invoices new or changed, as they are now, in the order they first changed. */
  public List<Invoice> invoices() {
    return List.copyOf(invoices.values());
  }

  /** The credits new or changed, as they are now, in the order they first changed. */
  public List<Credit> credits() {
    return List.copyOf(credits.values());
  }

  /** The event that brought an invoice new to the book; null for a loaded one. */
  public String issuingEvent(String invoiceId) {
    return issuedBy.get(invoiceId);
  }

  /** The event that brought a credit new to the book; null for a loaded one. */
  public String creditingEvent(CreditRef credit) {
    return creditedBy.get(credit);
  }

  /** The orders new or changed, as they are now, in the order they first changed. */
  public List<Order> orders() {
    return List.copyOf(orders.values());
  }

  /** The event that placed an order new to the book; null for a loaded one. */
  public String placingEvent(String orderId) {
    return placedBy.get(orderId);
  }

  /** The allocation journal of the events applied, in order. */
  public List<Allocation> movements() {
    return List.copyOf(movements);
  }
}
