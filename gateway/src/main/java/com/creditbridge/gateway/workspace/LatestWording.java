package com.creditbridge.gateway.workspace;

import com.creditbridge.platform.wording.Wording;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The wording the workspace shows: the highest version read from notification.wording.v1, or the
 * contract's defaults until one arrives. Kept in memory because every gateway instance reads the
 * compacted topic from its start ({@link WordingListener}), so each rebuilds it on its own.
 */
@Component
class LatestWording {

  private final AtomicReference<Wording> latest = new AtomicReference<>(Wording.DEFAULTS);

  Wording current() {
    return latest.get();
  }

  /** Keeps {@code wording} when it is newer than the one in use; an older one changes nothing. */
  boolean offer(Wording wording) {
    Wording before =
        latest.getAndUpdate(current -> wording.version() > current.version() ? wording : current);
    return wording.version() > before.version();
  }
}
