package dev.portico.adapters.rest.paging;

import dev.portico.domain.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * An opaque {@code cursor} for id-ordered pages: the last id of the previous page, tagged with the
 * list it belongs to and base64-encoded, so clients pass it back rather than build it.
 */
public record IdCursor(String tag) {

    public String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((tag + ":" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id in the cursor; empty without one; 400 on field {@code cursor} for anything else. */
    public OptionalLong decode(String cursor) {
        if (cursor == null) {
            return OptionalLong.empty();
        }
        String prefix = tag + ":";
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                long id = Long.parseLong(text.substring(prefix.length()));
                if (id > 0) {
                    return OptionalLong.of(id);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new InvalidInputException("cursor", "Invalid cursor; pass next_cursor from the previous page unchanged");
    }
}
