package com.creditbridge.notification.support;

import com.creditbridge.notification.webhook.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A resolver the tests control: a name mapped here resolves to the given addresses (a stand-in for
 * DNS, including DNS that lies); any other host goes to the system resolver.
 */
public final class TestHostResolver implements HostResolver {

  private static final Map<String, List<InetAddress>> NAMES = new ConcurrentHashMap<>();

  /** From now on, {@code name} resolves to these addresses (literals). */
  public static void map(String name, String... addresses) {
    NAMES.put(
        name,
        java.util.Arrays.stream(addresses)
            .map(
                a -> {
                  try {
                    return InetAddress.getByName(a);
                  } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(a, e);
                  }
                })
            .toList());
  }

  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    List<InetAddress> mapped = NAMES.get(host);
    return mapped != null ? mapped : List.of(InetAddress.getAllByName(host));
  }

  /** Puts this resolver in place of the system one. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    HostResolver testHostResolver() {
      return new TestHostResolver();
    }
  }
}
