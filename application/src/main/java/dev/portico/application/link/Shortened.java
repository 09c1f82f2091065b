package dev.portico.application.link;

import dev.portico.domain.link.Link;

/** The link a shorten request created, or, for a retry with the same idempotency key, created before. */
public record Shortened(Link link, boolean replayed) {
}
