package dev.portico.application.link;

import dev.portico.application.link.port.IdempotencyKeys;
import java.time.Clock;

/** Deletes idempotency keys older than their 24-hour window. */
public final class ForgetIdempotencyKeys {

    private final IdempotencyKeys keys;
    private final Clock clock;

    public ForgetIdempotencyKeys(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public int forget() {
        return keys.deleteIdempotencyKeysBefore(clock.instant().minus(IdempotencyKeys.IDEMPOTENCY_WINDOW));
    }
}
