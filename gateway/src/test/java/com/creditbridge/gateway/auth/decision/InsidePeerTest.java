package com.creditbridge.gateway.auth.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsidePeerTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "::1, true",
    "10.1.2.3, true",
    "172.20.0.5, true",
    "192.168.1.10, true",
    "fd12:3456::1, true",
    "8.8.8.8, false",
    "172.32.0.1, false",
    "100.64.0.1, false",
    "169.254.169.254, false",
    "2001:db8::1, false"
  })
  void tellsPeersInsideTheDeploymentFromTheInternet(String address, boolean inside)
      throws UnknownHostException {
    assertThat(InsidePeer.isInside(InetAddress.getByName(address))).isEqualTo(inside);
  }

  @org.junit.jupiter.api.Test
  void anUnknownPeerIsOutside() {
    assertThat(InsidePeer.isInside(null)).isFalse();
  }
}
