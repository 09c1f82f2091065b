package dev.portico.adapters.rest.error;

/** The one human sentence for each status the framework produces by itself, wherever it is produced. */
public final class StatusMessages {

    private StatusMessages() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Authentication is required";
            case 403 -> "You are not allowed to do this";
            case 404 -> "No resource matches this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "This endpoint only produces application/json";
            case 408 -> "The request took too long to arrive";
            case 409 -> "The request conflicts with the current state";
            case 411 -> "A Content-Length header is required";
            case 412 -> "A precondition of the request does not hold";
            case 413 -> "Request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "Request body must be application/json";
            case 429 -> "Too many requests";
            case 431 -> "Request headers are too large";
            case 503 -> "The service is unavailable";
            default -> status >= 500 ? "Something went wrong" : "The request could not be understood";
        };
    }
}
