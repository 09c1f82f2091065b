package dev.portico.adapters.rest.ratelimit;

import dev.portico.application.ratelimit.ConsumeQuota;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Gives each resource method its limit: the policy it names with {@link RateLimited}, else the
 * {@code api} policy per user if it requires authentication, else none.
 */
final class RateLimitFeature implements DynamicFeature {

    private final ConsumeQuota consumeQuota;
    private final RateLimitRules rules;

    RateLimitFeature(ConsumeQuota consumeQuota, RateLimitRules rules) {
        this.consumeQuota = consumeQuota;
        this.rules = rules;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        RateLimited named = method.getAnnotation(RateLimited.class);
        if (named != null) {
            context.register(new RateLimitFilter(consumeQuota, rules.policy(named.policy()), named.key(),
                    rules.trustedProxies()));
        } else if (requiresAuthentication(resourceInfo.getResourceClass(), method)) {
            context.register(new RateLimitFilter(consumeQuota, rules.policy(RateLimitRules.API), RateLimitKey.USER,
                    rules.trustedProxies()));
        }
    }

    private static boolean requiresAuthentication(Class<?> resource, Method method) {
        boolean roles = method.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(RolesAllowed.class);
        boolean authParameter = Arrays.stream(method.getParameterAnnotations())
                .flatMap(Arrays::stream)
                .map(Annotation::annotationType)
                .anyMatch(Auth.class::equals);
        return roles || authParameter;
    }
}
