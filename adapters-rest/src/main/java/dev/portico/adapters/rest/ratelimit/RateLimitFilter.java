package dev.portico.adapters.rest.ratelimit;

import dev.portico.adapters.rest.error.ErrorCode;
import dev.portico.adapters.rest.error.ErrorResponses;
import dev.portico.application.ratelimit.ConsumeQuota;
import dev.portico.application.ratelimit.QuotaDecision;
import dev.portico.application.ratelimit.RateLimitPolicy;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.Principal;

/**
 * Charges each request of one resource method to its policy. Runs after authentication and roles
 * (so a 401 or 403 costs no quota) and before media types and validation, as the contract's
 * precedence asks. Every response of a limited method, error or not, carries the RateLimit fields.
 */
@Priority(Priorities.AUTHORIZATION + 100)
final class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = RateLimitAnswers.DECISION_ATTRIBUTE;
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final ConsumeQuota consumeQuota;
    private final RateLimitPolicy policy;
    private final RateLimitKey key;
    private final TrustedProxies trustedProxies;

    RateLimitFilter(ConsumeQuota consumeQuota, RateLimitPolicy policy, RateLimitKey key, TrustedProxies trustedProxies) {
        this.consumeQuota = consumeQuota;
        this.policy = policy;
        this.key = key;
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(DECISION) instanceof QuotaDecision chargedInFront && chargedInFront.policy().equals(policy)) {
            return;
        }
        String client = clientKey(request);
        if (client == null) {
            return;
        }
        QuotaDecision decision = consumeQuota.consume(policy, client);
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(ErrorResponses.builder(ErrorCode.RATE_LIMITED, RateLimitAnswers.refusalMessage(policy), null)
                    .header(HttpHeaders.RETRY_AFTER, RateLimitHeaders.retryAfterSeconds(decision))
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof QuotaDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(RateLimitHeaders.POLICY, RateLimitHeaders.policy(decision));
            headers.putSingle(RateLimitHeaders.STATE, RateLimitHeaders.state(decision));
        }
    }

    private String clientKey(ContainerRequestContext request) {
        if (key == RateLimitKey.USER) {
            Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
            return user == null ? null : "user:" + user.getName();
        }
        String peer = String.valueOf(request.getProperty(PeerAddressFilter.ATTRIBUTE));
        return "ip:" + trustedProxies.clientAddress(peer, request.getHeaderString(FORWARDED_FOR));
    }
}
