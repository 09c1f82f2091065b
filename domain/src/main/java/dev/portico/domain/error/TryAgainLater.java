package dev.portico.domain.error;

import java.time.Duration;

/** An error that passes: the same call may succeed after {@link #retryAfter()}. */
public interface TryAgainLater {

    Duration retryAfter();
}
