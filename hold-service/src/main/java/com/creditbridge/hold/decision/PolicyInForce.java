package com.creditbridge.hold.decision;

import com.creditbridge.hold.policy.PolicyVersion;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where a decision gets its policy from. Always the initial version for now; the policy API will
 * store versions in the database and serve the newest from here.
 */
@Component
class PolicyInForce {

  Mono<PolicyVersion> current() {
    return Mono.just(PolicyVersion.INITIAL);
  }
}
