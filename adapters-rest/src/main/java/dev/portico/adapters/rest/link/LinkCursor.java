package dev.portico.adapters.rest.link;

import dev.portico.domain.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque {@code cursor} of the link list: the last id of the previous page. */
final class LinkCursor {

    private static final String PREFIX = "l:";

    private LinkCursor() {
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue before; {@link Long#MAX_VALUE} without a cursor. */
    static long decode(String cursor) {
        if (cursor == null) {
            return Long.MAX_VALUE;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id > 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "Invalid cursor; pass next_cursor from the previous page unchanged");
    }
}
