package dev.portico.adapters.rest.error;

import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;

/**
 * The message a client reads for a domain error. Errors that say what happened get their wording
 * here; the older, generic ones still bring theirs from the core.
 */
public final class ErrorWording {

    public static final String LINK_EXPIRED = "This short link has expired";
    public static final String VISIT_LIMIT_REACHED = "This short link has reached its visit limit";
    public static final String VERSION_MISMATCH = "The link has changed since that ETag; fetch it again";

    private ErrorWording() {
    }

    public static String messageFor(DomainException exception) {
        if (exception instanceof LinkExpired) {
            return LINK_EXPIRED;
        } else if (exception instanceof VisitLimitReached) {
            return VISIT_LIMIT_REACHED;
        } else if (exception instanceof VersionMismatch) {
            return VERSION_MISMATCH;
        }
        return exception.getMessage();
    }
}
