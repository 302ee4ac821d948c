package com.creditbridge.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The operating system's resolver (DNS, hosts file). */
@Component
class SystemHostResolver implements HostResolver {

  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    return List.of(InetAddress.getAllByName(host));
  }
}
