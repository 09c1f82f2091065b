package dev.portico.adapters.rest.ratelimit;

import dev.portico.adapters.rest.headers.SecurityHeaders.Header;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import java.util.List;

/** What a rate-limited answer says, for the Jersey filter and for handlers that charge a quota in front of it. */
public final class RateLimitAnswers {

    /**
     * The request attribute holding the decision of a request already charged in front of Jersey;
     * the filter then adds the headers from it instead of charging the quota a second time.
     */
    public static final String DECISION_ATTRIBUTE = "portico.rateLimitDecision";

    private RateLimitAnswers() {
    }

    public static String refusalMessage(RateLimitPolicy policy) {
        return "Rate limit of " + policy.limit() + " requests per " + policy.window().toSeconds()
                + " s exceeded; retry after the time in Retry-After";
    }

    /** {@code RateLimit-Policy} and {@code RateLimit}, which every answer of a limited route carries. */
    public static List<Header> headers(QuotaDecision decision) {
        return List.of(new Header(RateLimitHeaders.POLICY, RateLimitHeaders.policy(decision)),
                new Header(RateLimitHeaders.STATE, RateLimitHeaders.state(decision)));
    }
}
