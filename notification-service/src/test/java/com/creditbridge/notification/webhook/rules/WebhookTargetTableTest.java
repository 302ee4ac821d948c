package com.creditbridge.notification.webhook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SSRF table: every kind of address a probe tried (and more), in every way it can be written,
 * against the local runner's allowance (loopback and http) and production's (neither). Loopback is
 * the only internal range an allowance can open; metadata is refused whatever is configured.
 */
class WebhookTargetTableTest {

  private static final WebhookUrlPolicy LOCAL =
      new WebhookUrlPolicy(new TargetAllowance(true, true));
  private static final WebhookUrlPolicy PRODUCTION = new WebhookUrlPolicy(TargetAllowance.NONE);

  private static final String INTERNAL =
      "must not point to a private, link-local or other internal address";
  private static final String METADATA = "must not point to a cloud metadata address";
  private static final String LOOPBACK = "must not point to a loopback address";
  private static final String MALFORMED = "does not name a valid IP address";

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          10.0.0.1                      | private 10/8
          10.255.255.255                | private 10/8, last address
          172.16.0.1                    | private 172.16/12
          172.31.255.254                | private 172.16/12, top
          192.168.0.1                   | private 192.168/16
          169.254.0.1                   | link-local
          100.64.0.1                    | carrier-grade NAT
          100.127.255.255               | carrier-grade NAT, top
          0.0.0.0                       | unspecified
          0                             | unspecified, one number
          0.1.2.3                       | this network
          224.0.0.1                     | multicast
          239.255.255.250               | multicast (SSDP)
          255.255.255.255               | broadcast
          198.18.0.1                    | benchmarking
          192.0.2.1                     | documentation
          10.1                          | short form of 10.0.0.1
          192.168.1                     | three-part form of 192.168.0.1
          167772161                     | decimal 10.0.0.1
          0x0a000001                    | hex 10.0.0.1
          012.0.0.1                     | octal first part of 10.0.0.1
          0xc0.0xa8.0x01.0x01           | dotted hex 192.168.1.1
          0300.0250.0.1                 | dotted octal 192.168.0.1
          [::]                          | IPv6 unspecified
          [fe80::1]                     | IPv6 link-local
          [fe80::1%25eth0]              | IPv6 link-local with a zone
          [fc00::1]                     | IPv6 unique local fc00::/7
          [fd12:3456::1]                | IPv6 unique local fd00::/8
          [ff02::1]                     | IPv6 multicast
          [::ffff:10.0.0.1]             | IPv4-mapped private
          [::ffff:c0a8:101]             | IPv4-mapped private, hex
          [::ffff:0:0]                  | IPv4-mapped unspecified
          [::10.0.0.1]                  | IPv4-compatible private
          [::127.0.0.1]                 | IPv4-compatible loopback: never this machine
          [64:ff9b::a00:1]              | NAT64 of 10.0.0.1
          [2002:a00:1::1]               | 6to4 of 10.0.0.1
          [2001:db8::1]                 | IPv6 documentation
          """)
  void refusesInternalAddressesWhateverTheAllowance(String host, String kind) {
    String url = "http://" + host + ":8080/hooks";

    assertThat(LOCAL.check(url)).as(kind).contains(INTERNAL);
    assertThat(PRODUCTION.check(url.replace("http:", "https:"))).as(kind).contains(INTERNAL);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          169.254.169.254               | AWS, GCP, Azure, Oracle metadata
          169.254.170.2                 | AWS ECS task metadata
          100.100.100.200               | Alibaba Cloud metadata
          192.0.0.192                   | Oracle Cloud metadata
          0xa9fea9fe                    | hex metadata
          0XA9FEA9FE                    | upper-case hex metadata
          2852039166                    | decimal metadata
          0251.0376.0251.0376           | octal metadata
          0xa9.0xfe.0xa9.0xfe           | dotted hex metadata
          169.254.43518                 | two-part form of metadata
          169.16689662                  | one-part tail after the first byte
          [::ffff:169.254.169.254]      | IPv4-mapped metadata
          [::ffff:a9fe:a9fe]            | IPv4-mapped metadata, hex
          [fd00:ec2::254]               | AWS metadata over IPv6
          metadata.google.internal      | GCP metadata name
          metadata.google.internal.     | GCP metadata name, absolute
          METADATA.Google.Internal      | GCP metadata name, mixed case
          metadata.goog                 | GCP metadata short name
          instance-data.ec2.internal    | AWS metadata name
          """)
  void refusesCloudMetadataWhateverTheAllowance(String host, String kind) {
    String url = "http://" + host + "/latest/meta-data";

    assertThat(LOCAL.check(url)).as(kind).contains(METADATA);
    assertThat(PRODUCTION.check(url.replace("http:", "https:"))).as(kind).contains(METADATA);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          127.0.0.1                     | loopback
          127.8.9.10                    | loopback, elsewhere in 127/8
          2130706433                    | loopback, one number
          0x7f000001                    | loopback, hex
          0177.0.0.1                    | loopback, octal
          [::1]                         | IPv6 loopback
          [::ffff:127.0.0.1]            | IPv4-mapped loopback
          localhost                     | the loopback name
          hooks.localhost               | a name under localhost
          """)
  void acceptsLoopbackOnlyWhereTheAllowanceOpensIt(String host, String kind) {
    assertThat(LOCAL.check("http://" + host + ":8099/sink")).as(kind).isEmpty();
    assertThat(PRODUCTION.check("https://" + host + ":8099/sink")).as(kind).contains(LOOPBACK);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          256.1.1.1                     | a part above 255
          1.2.3.4.5                     | five parts
          08.1.1.1                      | 8 in an octal part
          0x1.0x100.1.1                 | a hex part above 255
          4294967296                    | one number above 32 bits
          1.16777216.1                  | a middle part above 255
          """)
  void refusesNumbersThatAreNoAddress(String host, String kind) {
    assertThat(LOCAL.check("http://" + host + "/hooks")).as(kind).contains(MALFORMED);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          93.184.216.34                 | public IPv4
          8.8.8.8                       | public IPv4
          1572395042                    | public IPv4, one number
          [2606:4700::1111]             | public IPv6
          [2002:5db8:d822::1]           | 6to4 of a public address
          crm.example.com               | a name: DNS decides, at registration and delivery
          0x1.example.com               | a name that starts like a number
          """)
  void acceptsPublicAddressesAndNamesEverywhere(String host, String kind) {
    assertThat(LOCAL.check("http://" + host + "/hooks")).as(kind).isEmpty();
    assertThat(PRODUCTION.check("https://" + host + "/hooks")).as(kind).isEmpty();
  }
}
