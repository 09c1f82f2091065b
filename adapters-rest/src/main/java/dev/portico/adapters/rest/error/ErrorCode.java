package dev.portico.adapters.rest.error;

/**
 * The error codes of the contract. Each but {@link #BAD_REQUEST} travels with one HTTP status; a 400
 * is always {@link #VALIDATION_ERROR}, whichever layer refuses the request.
 */
public enum ErrorCode {
    VALIDATION_ERROR(400),
    AUTH_REQUIRED(401),
    INVALID_CREDENTIALS(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    GONE(410),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    UPSTREAM_UNAVAILABLE(503),
    /** Any other 4xx the server or Jetty produces (408, 411, 414, 431, ...): no status of its own. */
    BAD_REQUEST(0);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The status this code travels with; {@link #BAD_REQUEST} has none, so its callers pass the status they answer. */
    public int status() {
        if (status == 0) {
            throw new IllegalStateException(name() + " travels with the status that was produced; pass that status");
        }
        return status;
    }

    /** Whether an answer with this status may carry this code: a 400 is never {@link #BAD_REQUEST}. */
    public boolean travelsWith(int httpStatus) {
        return this == BAD_REQUEST ? forStatus(httpStatus) == BAD_REQUEST : status == httpStatus;
    }

    /** The code for a status the framework produced by itself, with no more specific meaning known. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION_ERROR;
            case 401 -> AUTH_REQUIRED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UPSTREAM_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
