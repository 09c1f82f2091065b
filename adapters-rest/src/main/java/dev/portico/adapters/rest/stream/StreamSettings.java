package dev.portico.adapters.rest.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing and size rules of the quote stream.
 *
 * @param pingInterval how often the server pings an open connection
 * @param idleTimeout a connection with no traffic at all for this long is closed
 * @param authTimeout how long an unauthenticated connection may wait before its auth message
 * @param expiryGrace after the token expires, how long the client has to send a fresh one
 * @param lagWarning quotes waiting this long earn the client one {@code lagging} message
 * @param lagClose quotes waiting this long close the connection with 1013
 * @param maxMessageBytes the largest text message a client may send
 * @param maxBadMessages this many bad messages in a row close the connection with 1008
 */
public record StreamSettings(Duration pingInterval, Duration idleTimeout, Duration authTimeout, Duration expiryGrace,
        Duration lagWarning, Duration lagClose, int maxMessageBytes, int maxBadMessages) {

    public StreamSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(authTimeout, "authTimeout");
        Objects.requireNonNull(expiryGrace, "expiryGrace");
        Objects.requireNonNull(lagWarning, "lagWarning");
        Objects.requireNonNull(lagClose, "lagClose");
        if (maxMessageBytes < 64 || maxBadMessages < 1) {
            throw new IllegalArgumentException("maxMessageBytes is at least 64 and maxBadMessages at least 1");
        }
    }

    /** The contract's values. */
    public static StreamSettings defaults() {
        return new StreamSettings(Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(10), 4096, 10);
    }
}
