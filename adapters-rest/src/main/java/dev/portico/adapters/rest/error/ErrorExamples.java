package dev.portico.adapters.rest.error;

/** Example envelopes for the OpenAPI annotations, one per common error. */
public final class ErrorExamples {

    private static final String ID = ",\"request_id\":\"req_8f3a2b1c9d0e4f5a\"}}";

    public static final String INTERNAL_ERROR =
            "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Something went wrong\"" + ID;
    public static final String AUTH_REQUIRED =
            "{\"error\":{\"code\":\"AUTH_REQUIRED\",\"message\":\"The access token is invalid, expired or revoked\"" + ID;
    public static final String REFRESH_REFUSED = "{\"error\":{\"code\":\"AUTH_REQUIRED\",\"message\":"
            + "\"The refresh token is invalid, expired or revoked; log in again\"" + ID;
    public static final String INVALID_CREDENTIALS =
            "{\"error\":{\"code\":\"INVALID_CREDENTIALS\",\"message\":\"Username or password is incorrect\"" + ID;
    public static final String FORBIDDEN =
            "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"You are not allowed to do this\"" + ID;
    public static final String RATE_LIMITED = "{\"error\":{\"code\":\"RATE_LIMITED\",\"message\":"
            + "\"Rate limit of 5 requests per 60 s exceeded; retry after the time in Retry-After\"" + ID;
    public static final String NOT_ACCEPTABLE =
            "{\"error\":{\"code\":\"NOT_ACCEPTABLE\",\"message\":\"This endpoint only produces application/json\"" + ID;
    public static final String UNSUPPORTED_MEDIA_TYPE = "{\"error\":{\"code\":\"UNSUPPORTED_MEDIA_TYPE\","
            + "\"message\":\"Request body must be application/json\"" + ID;
    public static final String PAYLOAD_TOO_LARGE = "{\"error\":{\"code\":\"PAYLOAD_TOO_LARGE\","
            + "\"message\":\"Request body is larger than 16384 bytes\"" + ID;
    public static final String TOKEN_IN_URL = "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":"
            + "\"Tokens must not be sent in the URL; use the Authorization header\",\"field\":\"access_token\"" + ID;

    private ErrorExamples() {
    }
}
