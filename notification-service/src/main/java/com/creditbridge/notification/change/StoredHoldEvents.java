package com.creditbridge.notification.change;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
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
}
