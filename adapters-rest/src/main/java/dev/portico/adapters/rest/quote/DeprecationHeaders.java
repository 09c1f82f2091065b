package dev.portico.adapters.rest.quote;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code Deprecation: @<unix seconds>} (RFC 9745), {@code Sunset: <IMF-fixdate>} (RFC 8594) and a
 * {@code Link} to the v2 twin and the docs, on every response of a deprecated v1 route, errors included.
 */
@DeprecatedV1
public final class DeprecationHeaders implements ContainerResponseFilter {

    static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final String V1 = "api/v1/";
    private static final String V2 = "/api/v2/";

    private final String deprecation;
    private final String sunset;

    public DeprecationHeaders(Instant deprecatedAt, Instant sunsetAt) {
        if (sunsetAt.isBefore(deprecatedAt)) {
            throw new IllegalArgumentException("The sunset of v1 cannot be earlier than its deprecation");
        }
        this.deprecation = "@" + deprecatedAt.getEpochSecond();
        this.sunset = IMF_FIXDATE.format(sunsetAt);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Deprecation", deprecation);
        headers.putSingle("Sunset", sunset);
        headers.putSingle("Link", link(request.getUriInfo().getPath(false)));
    }

    /** The v2 twin of a v1 path; history has none, so it links only to the docs. */
    static String link(String path) {
        String docs = "</docs>; rel=\"deprecation\"";
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.startsWith(V1) || relative.endsWith("/history")) {
            return docs;
        }
        return "<" + V2 + relative.substring(V1.length()) + ">; rel=\"successor-version\", " + docs;
    }
}
