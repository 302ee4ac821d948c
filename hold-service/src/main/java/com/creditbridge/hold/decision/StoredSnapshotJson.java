package com.creditbridge.hold.decision;

import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.policy.OpenInvoice;
import com.creditbridge.hold.policy.OpenOrder;
import com.creditbridge.hold.store.StoredJson;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * The JSON columns of {@code account_snapshot} ({@code open_invoices}, {@code open_orders}, {@code
 * contacts}), in the hold-service's own shapes with explicit names.
 */
final class StoredSnapshotJson {

  private static final TypeReference<List<Invoice>> INVOICES = new TypeReference<>() {};
  private static final TypeReference<List<Order>> ORDERS = new TypeReference<>() {};

  private StoredSnapshotJson() {}

  static String invoices(List<OpenInvoice> invoices) {
    return StoredJson.mapper()
        .writeValueAsString(
            invoices.stream()
                .map(i -> new Invoice(i.invoiceId(), i.openAmount(), i.dueOn(), i.disputed()))
                .toList());
  }

  static List<OpenInvoice> invoices(String json) {
    return StoredJson.mapper().readValue(json, INVOICES).stream()
        .map(i -> new OpenInvoice(i.invoiceId(), i.openAmount(), i.dueOn(), i.disputed()))
        .toList();
  }

  static String orders(List<OpenOrder> orders) {
    return StoredJson.mapper()
        .writeValueAsString(
            orders.stream()
                .map(o -> new Order(o.orderId(), o.openAmount(), o.placedOn()))
                .toList());
  }

  static List<OpenOrder> orders(String json) {
    return json == null
        ? List.of()
        : StoredJson.mapper().readValue(json, ORDERS).stream()
            .map(o -> new OpenOrder(o.orderId(), o.openAmount(), o.placedOn()))
            .toList();
  }

  static String contacts(AccountContacts contacts) {
    return StoredJson.mapper()
        .writeValueAsString(
            new Contacts(
                person(contacts.salesRep()),
                person(contacts.creditAnalyst()),
                person(contacts.salesManager())));
  }

  /** The people of the account; its name is a column of its own. */
  static AccountContacts contacts(String accountName, String json) {
    Contacts stored =
        json == null
            ? new Contacts(null, null, null)
            : StoredJson.mapper().readValue(json, Contacts.class);
    return new AccountContacts(
        accountName,
        contact(stored.salesRep()),
        contact(stored.creditAnalyst()),
        contact(stored.salesManager()));
  }

  private static Person person(Contact contact) {
    return contact == null ? null : new Person(contact.id(), contact.name(), contact.email());
  }

  private static Contact contact(Person person) {
    return person == null ? null : new Contact(person.id(), person.name(), person.email());
  }

  record Invoice(
      @JsonProperty("invoiceId") String invoiceId,
      @JsonProperty("openAmount") @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal openAmount,
      @JsonProperty("dueOn") LocalDate dueOn,
      @JsonProperty("disputed") boolean disputed) {}

  record Order(
      @JsonProperty("orderId") String orderId,
      @JsonProperty("openAmount") @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal openAmount,
      @JsonProperty("placedOn") LocalDate placedOn) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Contacts(
      @JsonProperty("salesRep") Person salesRep,
      @JsonProperty("creditAnalyst") Person creditAnalyst,
      @JsonProperty("salesManager") Person salesManager) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Person(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("email") String email) {}
}
