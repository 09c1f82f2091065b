package dev.portico.adapters.rest.http;

import java.util.List;

/** What the cross-cutting HTTP layer needs from configuration. */
public record HttpPlatformSettings(long maxBodyBytes, List<String> allowedOrigins, boolean behindHttps,
                                   long hstsMaxAgeSeconds) {

    public HttpPlatformSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
