package dev.portico.adapters.rest.quote;

/** Example bodies for the OpenAPI annotations of the quote routes. */
final class QuoteExamples {

    static final String INVALID_SYMBOL = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"Invalid ticker symbol\","
            + "\"field\":\"symbol\",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";
    static final String NOT_FOUND = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Symbol not found\","
            + "\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";
    static final String UNAVAILABLE = "{\"error\":{\"code\":\"UPSTREAM_UNAVAILABLE\",\"message\":"
            + "\"The quote feed is unavailable\",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";
    static final String QUOTE_V1 = "{\"symbol\":\"CSCO\",\"price\":62.45,\"currency\":\"USD\","
            + "\"timestamp\":\"2026-03-02T14:30:00Z\"}";
    static final String QUOTE_V2 = "{\"symbol\":\"BRK.B\",\"requested\":\"brk-b\",\"price\":\"62.45\",\"currency\":\"USD\","
            + "\"as_of\":\"2026-03-02T14:30:00Z\",\"change\":\"0.35\",\"change_percent\":\"0.56\","
            + "\"previous_close\":\"62.10\",\"source\":\"simulated\",\"age_ms\":412,\"stale\":false}";
    static final String SNAPSHOT_V1 = "{\"symbol\":\"CSCO\",\"date\":\"2026-03-02\",\"open\":62.10,\"high\":62.80,"
            + "\"low\":61.95,\"close\":62.45,\"previous_close\":62.10,\"change\":0.35,\"change_percent\":0.56,"
            + "\"volume\":18234000,\"currency\":\"USD\"}";
    static final String SNAPSHOT_V2 = "{\"symbol\":\"BRK.B\",\"date\":\"2026-03-02\",\"open\":\"62.10\",\"high\":\"62.80\","
            + "\"low\":\"61.95\",\"close\":\"62.45\",\"previous_close\":\"62.10\",\"change\":\"0.35\","
            + "\"change_percent\":\"0.56\",\"volume\":18234000,\"currency\":\"USD\"}";
    static final String DEPRECATION = "Deprecated: use the v2 twin (see the Link header). Every response carries "
            + "`Deprecation`, `Sunset` and `Link` headers.";

    private QuoteExamples() {
    }
}
