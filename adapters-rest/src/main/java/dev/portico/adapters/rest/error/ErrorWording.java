package dev.portico.adapters.rest.error;

import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;

/**
 * The message a client reads for a domain error. Errors that say what happened get their wording
 * here; the older, generic ones still bring theirs from the core.
 */
public final class ErrorWording {

    /** For a code the owner's API does not know. */
    public static final String LINK_NOT_FOUND = "No link with this code";
    /** For a code the redirect does not know. */
    public static final String SHORT_LINK_NOT_FOUND = "No short link has this code";
    public static final String LINK_EXPIRED = "This short link has expired";
    public static final String VISIT_LIMIT_REACHED = "This short link has reached its visit limit";
    public static final String VERSION_MISMATCH = "The link has changed since that ETag; fetch it again";

    private ErrorWording() {
    }

    public static String messageFor(DomainException exception) {
        if (exception instanceof LinkNotFound) {
            return LINK_NOT_FOUND;
        } else if (exception instanceof CodeTaken taken) {
            return "custom_code '" + taken.code() + "' is already taken";
        } else if (exception instanceof LinkExpired) {
            return LINK_EXPIRED;
        } else if (exception instanceof VisitLimitReached) {
            return VISIT_LIMIT_REACHED;
        } else if (exception instanceof VersionMismatch) {
            return VERSION_MISMATCH;
        }
        return exception.getMessage();
    }
}
