package dev.portico.adapters.rest.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method under a named policy. Authenticated methods without it fall under the
 * {@code api} policy, keyed by user.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The policy name, a key of {@link RateLimitRules}. */
    String policy();

    RateLimitKey key();
}
