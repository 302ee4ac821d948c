package com.creditbridge.notification.webhook.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many deliveries a worker may claim now, per endpoint, so that one slow or failing endpoint
 * never takes the slots another one needs.
 *
 * @param perEndpoint requests in flight to one endpoint at most, across all replicas
 * @param total requests in flight from this replica at most
 */
public record InFlightLimits(int perEndpoint, int total) {

  public InFlightLimits {
    if (perEndpoint < 1 || total < 1) {
      throw new IllegalArgumentException("limits must be positive: " + perEndpoint + ", " + total);
    }
  }

  /**
   * An endpoint with deliveries due, and how many of its deliveries are in flight (on any replica).
   */
  public record Load<K>(K endpoint, int inFlight) {}

  /**
   * Shares the free slots one by one, round robin over the endpoints in the order given (most
   * overdue first), so that a large backlog at one endpoint cannot starve the others.
   *
   * @param inFlightHere requests this replica has in flight
   * @return the number of deliveries to claim per endpoint; endpoints with none are left out
   */
  public <K> Map<K, Integer> allot(List<Load<K>> loads, int inFlightHere) {
    int free = total - inFlightHere;
    Map<K, Integer> allotted = new LinkedHashMap<>();
    boolean progress = true;
    while (free > 0 && progress) {
      progress = false;
      for (Load<K> load : loads) {
        int now = allotted.getOrDefault(load.endpoint(), 0);
        if (free > 0 && load.inFlight() + now < perEndpoint) {
          allotted.put(load.endpoint(), now + 1);
          free--;
          progress = true;
        }
      }
    }
    return allotted;
  }
}
