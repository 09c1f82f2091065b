package dev.portico.adapters.rest.headers;

import java.util.ArrayList;
import java.util.List;

/** The headers of contract section 1 for a given path, computed once per path family. */
public final class SecurityHeaders {

    public record Header(String name, String value) {
    }

    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "frame-ancestors 'none'";

    private final List<Header> api;
    private final List<Header> docs;
    private final List<Header> other;

    public SecurityHeaders(boolean behindHttps, long hstsMaxAgeSeconds) {
        List<Header> common = new ArrayList<>(List.of(
                new Header("X-Content-Type-Options", "nosniff"),
                new Header("X-Frame-Options", "DENY"),
                new Header("Referrer-Policy", "no-referrer")));
        if (behindHttps) {
            common.add(new Header("Strict-Transport-Security", "max-age=" + hstsMaxAgeSeconds + "; includeSubDomains"));
        }
        this.other = with(common, new Header("Content-Security-Policy", API_POLICY));
        this.api = with(other, new Header("Cache-Control", "no-store"));
        this.docs = with(common, new Header("Content-Security-Policy", DOCS_POLICY));
    }

    public List<Header> forPath(String path) {
        if (path == null) {
            return other;
        }
        if (path.startsWith("/api/")) {
            return api;
        }
        if (path.equals("/docs") || path.startsWith("/docs/")) {
            return docs;
        }
        return other;
    }

    private static List<Header> with(List<Header> base, Header extra) {
        List<Header> all = new ArrayList<>(base);
        all.add(extra);
        return List.copyOf(all);
    }
}
