package dev.portico.domain.link;

import dev.portico.domain.error.InvalidInputException;
import java.time.Duration;

/** The ranges the contract allows for a link's expiry and visit limit. */
public final class LinkLimits {

    public static final String EXPIRES_IN = "expires_in";
    public static final String MAX_VISITS = "max_visits";
    public static final long MIN_EXPIRES_IN_SECONDS = 60;
    public static final long MAX_EXPIRES_IN_SECONDS = 31_536_000;
    public static final long MAX_MAX_VISITS = 1_000_000_000;

    private LinkLimits() {
    }

    public static Duration expiresIn(long seconds) {
        if (seconds < MIN_EXPIRES_IN_SECONDS || seconds > MAX_EXPIRES_IN_SECONDS) {
            throw new InvalidInputException(EXPIRES_IN, "expires_in must be between " + MIN_EXPIRES_IN_SECONDS
                    + " and " + MAX_EXPIRES_IN_SECONDS + " seconds");
        }
        return Duration.ofSeconds(seconds);
    }

    public static long maxVisits(long visits) {
        if (visits < 1 || visits > MAX_MAX_VISITS) {
            throw new InvalidInputException(MAX_VISITS, "max_visits must be between 1 and " + MAX_MAX_VISITS);
        }
        return visits;
    }
}
