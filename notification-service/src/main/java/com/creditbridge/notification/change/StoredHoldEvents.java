package com.creditbridge.notification.change;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.ReviewRequestData;
import java.nio.charset.StandardCharsets;

/**
 * Reads a hold event the service stored as it arrived (the structured CloudEvent JSON in {@code
 * notification_message.body} and {@code account_status.data}, kept byte for byte because webhooks
 * forward it) back into a {@link HoldChange}. The one decoder of that stored JSON: features never
 * parse it themselves.
 */
public final class StoredHoldEvents {

  private StoredHoldEvents() {}

  /**
   * @throws IllegalArgumentException when the JSON is not a hold event with data
   */
  public static HoldChange change(String storedJson) {
    HoldEventData data;
    try {
      data =
          EventJson.decode(storedJson.getBytes(StandardCharsets.UTF_8), HoldEventData.class).data();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a stored hold event: " + e.getMessage(), e);
    }
    if (data == null) {
      throw new IllegalArgumentException("a stored hold event without data");
    }
    return HoldEventTranslation.change(data);
  }

  /**
   * The sales rep id of a stored review request's event ({@code credit.review.*}), which webhook
   * subscriptions filter on; null when the request names none.
   *
   * @throws IllegalArgumentException when the JSON is not a review request's event with data
   */
  public static String reviewSalesRepId(String storedJson) {
    ReviewRequestData data;
    try {
      data =
          EventJson.decode(storedJson.getBytes(StandardCharsets.UTF_8), ReviewRequestData.class)
              .data();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a stored review event: " + e.getMessage(), e);
    }
    if (data == null) {
      throw new IllegalArgumentException("a stored review event without data");
    }
    return data.salesRepId();
  }
}
