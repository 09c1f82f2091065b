package dev.portico.adapters.rest.ratelimit;

import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.application.ratelimit.QuotaDecision;

/** The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11) for one decision. */
final class RateLimitHeaders {

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    private static final String NAME = "\"default\"";

    private RateLimitHeaders() {
    }

    static String policy(QuotaDecision decision) {
        return NAME + ";q=" + decision.policy().limit() + ";w=" + decision.policy().window().toSeconds();
    }

    static String state(QuotaDecision decision) {
        return NAME + ";r=" + decision.remaining() + ";t=" + QuotaDecision.ceilSeconds(decision.untilReset());
    }

    static long retryAfterSeconds(QuotaDecision decision) {
        return ErrorResponses.retryAfterSeconds(decision.retryAfter());
    }
}
