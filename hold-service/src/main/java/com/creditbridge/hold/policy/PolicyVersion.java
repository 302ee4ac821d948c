package com.creditbridge.hold.policy;

import java.util.Objects;

/** The policy settings in force and their version, which every decision records. */
public record PolicyVersion(long number, PolicySettings settings) {

  /** What applies until the policy is first changed through the API. */
  public static final PolicyVersion INITIAL = new PolicyVersion(1, PolicySettings.DEFAULTS);

  public PolicyVersion {
    Objects.requireNonNull(settings, "settings");
  }
}
