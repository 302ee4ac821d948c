package com.creditbridge.gateway.workspace.decision;

import java.util.Map;

/**
 * The words a person reads for each credit status: contract.md's default wording ("In good
 * standing", "Payment reminder", "Order review"), chosen because "credit hold" offends customers.
 * When wording becomes editable, this is the one place that reads it.
 */
public record StatusLabels(Map<String, String> byStatus) {

  public static final StatusLabels DEFAULTS =
      new StatusLabels(
          Map.of(
              "CLEAR", "In good standing",
              "APPROACHING", "Payment reminder",
              "ON_HOLD", "Order review"));

  public StatusLabels {
    byStatus = Map.copyOf(byStatus);
  }

  public String label(String status) {
    return status == null ? "Unknown" : byStatus.getOrDefault(status, status);
  }
}
