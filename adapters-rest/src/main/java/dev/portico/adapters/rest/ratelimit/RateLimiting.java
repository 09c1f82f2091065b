package dev.portico.adapters.rest.ratelimit;

import dev.portico.application.ratelimit.ConsumeQuota;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/** Installs rate limiting: the peer address for {@code /api/*}, and a limit per resource method. */
public final class RateLimiting {

    private RateLimiting() {
    }

    public static void install(Environment environment, ConsumeQuota consumeQuota, RateLimitRules rules) {
        environment.servlets().addFilter("peer-address", new PeerAddressFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/api/*");
        environment.jersey().register(new RateLimitFeature(consumeQuota, rules));
    }
}
