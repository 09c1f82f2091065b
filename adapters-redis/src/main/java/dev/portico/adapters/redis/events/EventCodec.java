package dev.portico.adapters.redis.events;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvent.LinkDeleted;
import dev.portico.application.cluster.port.ClusterEvent.LinkWritten;
import dev.portico.application.cluster.port.ClusterEvent.TokensRefused;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The text form of the events on the channel, one line of space-separated fields behind a version:
 * {@code v1 link-written <code>}, {@code v1 link-deleted <link id>},
 * {@code v1 tokens-refused <user id> <epoch second> <nanosecond>}. A code never holds a space.
 */
final class EventCodec {

    private static final String VERSION = "v1";

    private EventCodec() {
    }

    static String encode(ClusterEvent event) {
        if (event instanceof LinkWritten written) {
            return VERSION + " link-written " + written.code().value();
        }
        if (event instanceof LinkDeleted deleted) {
            return VERSION + " link-deleted " + deleted.id().value();
        }
        if (event instanceof TokensRefused refused) {
            Instant notBefore = refused.notBefore();
            return VERSION + " tokens-refused " + refused.user().value() + " " + notBefore.getEpochSecond() + " "
                    + notBefore.getNano();
        }
        throw new IllegalArgumentException("No text form for " + event.getClass().getSimpleName());
    }

    /** The event, or empty when the text is not one this version knows (a newer instance sent it, say). */
    static Optional<ClusterEvent> decode(String text) {
        String[] fields = text.split(" ", -1);
        if (fields.length < 3 || !fields[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return switch (fields[1]) {
                case "link-written" -> fields.length == 3
                        ? ShortCode.lookup(fields[2]).map(LinkWritten::new)
                        : Optional.empty();
                case "link-deleted" -> fields.length == 3
                        ? Optional.of(new LinkDeleted(new LinkId(Long.parseLong(fields[2]))))
                        : Optional.empty();
                case "tokens-refused" -> fields.length == 5
                        ? Optional.of(new TokensRefused(new UserId(Long.parseLong(fields[2])),
                                Instant.ofEpochSecond(Long.parseLong(fields[3]), nanosecond(fields[4]))))
                        : Optional.empty();
                default -> Optional.empty();
            };
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static long nanosecond(String field) {
        long nano = Long.parseLong(field);
        if (nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException("Not a nanosecond of a second: " + field);
        }
        return nano;
    }
}
