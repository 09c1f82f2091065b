package dev.portico.domain.link;

import dev.portico.domain.error.InvalidInputException;
import java.util.Arrays;

/** The HTTP status a link redirects with. */
public enum RedirectStatus {
    MOVED_PERMANENTLY(301),
    FOUND(302),
    TEMPORARY_REDIRECT(307),
    PERMANENT_REDIRECT(308);

    public static final String FIELD = "redirect_status";

    private final int code;

    RedirectStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RedirectStatus of(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst()
                .orElseThrow(() -> new InvalidInputException(FIELD, "redirect_status must be 301, 302, 307 or 308"));
    }
}
