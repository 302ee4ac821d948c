package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.webhook.rules.DeliveryAddress.Connect;
import com.creditbridge.notification.webhook.rules.DeliveryAddress.Refuse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryAddressTest {

  private static final TargetAllowance STRICT = TargetAllowance.NONE;
  private static final TargetAllowance LOCAL = new TargetAllowance(true, true);

  private static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }

  @Test
  void connectsToTheFirstAddressOfAPublicName() throws UnknownHostException {
    var choice =
        DeliveryAddress.choose(
            "crm.example.com", List.of(ip("93.184.216.34"), ip("93.184.216.35")), STRICT);

    assertThat(choice).isEqualTo(new Connect(ip("93.184.216.34")));
  }

  @Test
  void refusesANameWithAnyInternalAddress() throws UnknownHostException {
    var choice =
        DeliveryAddress.choose(
            "crm.example.com", List.of(ip("93.184.216.34"), ip("10.0.0.7")), LOCAL);

    assertThat(choice).isInstanceOf(Refuse.class);
    assertThat(((Refuse) choice).reason()).contains("crm.example.com").contains("10.0.0.7");
  }

  @Test
  void refusesANameWithoutAddresses() {
    assertThat(DeliveryAddress.choose("nowhere.example", List.of(), LOCAL))
        .isInstanceOf(Refuse.class);
  }

  @Test
  void acceptsLoopbackAddressesOnlyWhenAllowed() throws UnknownHostException {
    assertThat(DeliveryAddress.choose("localhost", List.of(ip("127.0.0.1")), LOCAL))
        .isEqualTo(new Connect(ip("127.0.0.1")));
    assertThat(DeliveryAddress.choose("localhost", List.of(ip("127.0.0.1")), STRICT))
        .isInstanceOf(Refuse.class);
  }

  @Test
  void refusesANameResolvingToMetadataOrPrivateAddressesEvenWhenLoopbackIsAllowed()
      throws UnknownHostException {
    var metadata =
        DeliveryAddress.choose("metadata.crm.test", List.of(ip("169.254.169.254")), LOCAL);
    var rebound = DeliveryAddress.choose("inside.crm.test", List.of(ip("192.168.4.2")), LOCAL);

    assertThat(((Refuse) metadata).reason()).contains("a cloud metadata address");
    assertThat(((Refuse) rebound).reason()).contains("an internal address");
  }
}
