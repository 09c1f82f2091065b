package dev.portico.adapters.quotefeed.resilient;

import java.time.Instant;
import java.util.Optional;

/** What the cache gives back: the upstream's answer (empty for an unknown symbol), when it was fetched, and whether it is stale. */
record Answer<V>(Optional<V> value, Instant fetchedAt, boolean stale) {
}
