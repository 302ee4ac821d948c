package com.creditbridge.notification.webhook.rules;

/** What an address reaches, as far as the webhook guard cares. */
public enum AddressKind {
  /** A public unicast address: the only kind a production webhook may reach. */
  PUBLIC,
  /** This machine (127.0.0.0/8, ::1): the local runner's receivers listen here. */
  LOOPBACK,
  /** A cloud provider's instance metadata service: credentials, so never reachable. */
  METADATA,
  /** Any other address that is not public: private, link-local, CGNAT, multicast and so on. */
  INTERNAL
}
