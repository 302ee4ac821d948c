package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostLiteralTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "169.254.169.254, 169.254.169.254",
    "0xa9fea9fe, 169.254.169.254",
    "2852039166, 169.254.169.254",
    "0251.0376.0251.0376, 169.254.169.254",
    "0xa9.0xfe.0xa9.0xfe, 169.254.169.254",
    "169.254.43518, 169.254.169.254",
    "10.1, 10.0.0.1",
    "10.1.2, 10.1.0.2",
    "0, 0.0.0.0",
    "0x, 0.0.0.0",
    "127.0.0.1., 127.0.0.1",
    "[::ffff:a9fe:a9fe], 169.254.169.254",
    "[fe80::1%25eth0], fe80::1"
  })
  void readsNumbersAsTheCLibraryDoes(String host, String address) throws UnknownHostException {
    assertThat(HostLiteral.of(host))
        .isEqualTo(new HostLiteral.Address(InetAddress.getByName(address)));
  }

  @Test
  void leavesNamesToDns() {
    assertThat(HostLiteral.of("CRM.Example.com."))
        .isEqualTo(new HostLiteral.Name("crm.example.com"));
    assertThat(HostLiteral.of("1e100.net")).isEqualTo(new HostLiteral.Name("1e100.net"));
  }

  @Test
  void callsNumbersThatAreNoAddressMalformed() {
    assertThat(HostLiteral.of("256.0.0.1")).isInstanceOf(HostLiteral.Malformed.class);
    assertThat(HostLiteral.of("[fe80::zz]")).isInstanceOf(HostLiteral.Malformed.class);
    assertThat(HostLiteral.of("[1::2::3]")).isInstanceOf(HostLiteral.Malformed.class);
  }
}
