package dev.portico.adapters.rest.auth;

import dev.portico.domain.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque {@code cursor} of the user list: the last id seen, encoded so clients don't build it. */
final class UserCursor {

    private static final String PREFIX = "u:";

    private UserCursor() {
    }

    static String encode(long afterId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + afterId).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null) {
            return 0;
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
