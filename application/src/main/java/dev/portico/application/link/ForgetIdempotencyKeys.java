package dev.portico.application.link;

import dev.portico.application.link.port.LinkStore;
import java.time.Clock;

/** Deletes idempotency keys older than their 24-hour window. */
public final class ForgetIdempotencyKeys {

    private final LinkStore links;
    private final Clock clock;

    public ForgetIdempotencyKeys(LinkStore links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    public int forget() {
        return links.deleteIdempotencyKeysBefore(clock.instant().minus(LinkStore.IDEMPOTENCY_WINDOW));
    }
}
