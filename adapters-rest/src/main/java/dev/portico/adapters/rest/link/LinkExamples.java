package dev.portico.adapters.rest.link;

/** Example bodies for the OpenAPI annotations of the link routes. */
final class LinkExamples {

    static final String LINK = "{\"code\":\"my-link\",\"short_url\":\"https://sho.rt/s/my-link\","
            + "\"url\":\"https://example.com/long-article-path\",\"created_at\":\"2026-03-02T14:30:00Z\","
            + "\"expires_in\":86400,\"expires_at\":\"2026-03-03T14:30:00Z\",\"max_visits\":1000,"
            + "\"redirect_status\":302,\"visits\":0}";
    static final String NOT_FOUND = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No link with this code\","
            + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";
    static final String URL_REFUSED = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
            + "\"URL must not point at a private, loopback or link-local address\",\"field\":\"url\","
            + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";

    private LinkExamples() {
    }
}
