package dev.portico.adapters.redis.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Redis is and how long to wait for it. {@code url} is a {@code redis://} or {@code rediss://}
 * URL, which may carry the password; {@code password}, when not null, is the password instead (from the
 * environment, say). Neither ever appears in {@link #toString()}.
 */
public record RedisSettings(String url, String password, Duration commandTimeout, Duration connectTimeout) {

    /** Short on purpose: a request that needs Redis while it is gone fails in about this long. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    private static final Pattern USER_INFO = Pattern.compile("//[^@/]*@");

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
            throw new IllegalArgumentException("redis.url must start with redis:// or rediss://");
        }
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(connectTimeout, "connectTimeout");
    }

    /** The URL alone, password included if any, with the default timeouts. */
    public static RedisSettings of(String url) {
        return new RedisSettings(url, null, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** The URL and a password given apart from it, with the default timeouts. */
    public static RedisSettings of(String url, String password) {
        return new RedisSettings(url, password, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** The URL without its user and password, for logs. */
    public String redactedUrl() {
        return USER_INFO.matcher(url).replaceFirst("//***@");
    }

    @Override
    public String toString() {
        return "RedisSettings[url=" + redactedUrl() + ", password=" + (password == null ? "none" : "***")
                + ", commandTimeout=" + commandTimeout + ", connectTimeout=" + connectTimeout + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
