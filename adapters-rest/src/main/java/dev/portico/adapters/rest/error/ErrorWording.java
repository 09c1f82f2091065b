package dev.portico.adapters.rest.error;

import dev.portico.domain.error.AccountGone;
import dev.portico.domain.error.AdminOnly;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.IdempotencyKeyMalformed;
import dev.portico.domain.error.IdempotencyKeyReused;
import dev.portico.domain.error.InvalidCredentials;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkKeptChanging;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;

/**
 * The message a client reads for a domain error, and the field it names when the core cannot name
 * it (a header). Only input errors ({@code InvalidInputException}) bring their sentence from where
 * the rule they break lives.
 */
public final class ErrorWording {

    /** The header a client sends its idempotency key in; its errors name it as their field. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** For a code the owner's API does not know. */
    public static final String LINK_NOT_FOUND = "No link with this code";
    /** For a code the redirect does not know. */
    public static final String SHORT_LINK_NOT_FOUND = "No short link has this code";
    public static final String LINK_EXPIRED = "This short link has expired";
    public static final String VISIT_LIMIT_REACHED = "This short link has reached its visit limit";
    public static final String VERSION_MISMATCH = "The link has changed since that ETag; fetch it again";
    public static final String LINK_KEPT_CHANGING = "The link kept changing while this change was applied; try again";
    public static final String IDEMPOTENCY_KEY_REUSED =
            "Idempotency-Key was already used with a different request; use a new key for a new link";
    public static final String UNKNOWN_SYMBOL = "Symbol not found";
    public static final String USERNAME_TAKEN = "Username is already taken";
    public static final String ACCOUNT_GONE = "The account for this token no longer exists";
    public static final String REFRESH_TOKEN_REFUSED = "The refresh token is invalid, expired or revoked; log in again";
    public static final String INVALID_CREDENTIALS = "Username or password is incorrect";
    public static final String FEED_UNAVAILABLE = "The quote feed is unavailable";
    public static final String PASSWORD_HASHING_SATURATED = "Too many password checks are in progress; try again shortly";

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
        } else if (exception instanceof LinkKeptChanging) {
            return LINK_KEPT_CHANGING;
        } else if (exception instanceof IdempotencyKeyMalformed malformed) {
            return IDEMPOTENCY_KEY + " must be 1 to " + malformed.maxLength()
                    + " printable ASCII characters without spaces";
        } else if (exception instanceof IdempotencyKeyReused) {
            return IDEMPOTENCY_KEY_REUSED;
        } else if (exception instanceof AdminOnly adminOnly) {
            return adminOnly(adminOnly.action());
        } else if (exception instanceof UnknownSymbol) {
            return UNKNOWN_SYMBOL;
        } else if (exception instanceof UsernameTaken) {
            return USERNAME_TAKEN;
        } else if (exception instanceof AccountGone) {
            return ACCOUNT_GONE;
        } else if (exception instanceof RefreshTokenRefused) {
            return REFRESH_TOKEN_REFUSED;
        } else if (exception instanceof InvalidCredentials) {
            return INVALID_CREDENTIALS;
        } else if (exception instanceof PasswordHashingSaturated) {
            return PASSWORD_HASHING_SATURATED;
        } else if (exception instanceof StreamLimitReached full) {
            return streamLimit(full);
        } else if (exception instanceof FeedUnavailable) {
            return FEED_UNAVAILABLE;
        } else if (exception instanceof StoreUnavailable down) {
            return storeUnavailable(down.store());
        }
        return exception.getMessage();
    }

    /** The field at fault as the client named it: the core's, or the header for the idempotency key. */
    public static String fieldFor(DomainException exception) {
        if (exception instanceof IdempotencyKeyMalformed || exception instanceof IdempotencyKeyReused) {
            return IDEMPOTENCY_KEY;
        }
        return exception.field().orElse(null);
    }

    private static String storeUnavailable(StoreUnavailable.Store store) {
        return switch (store) {
            case DATABASE -> "The database is unavailable; try again shortly";
            case SHARED_STATE -> "The shared state store is unavailable; try again shortly";
        };
    }

    private static String adminOnly(AdminOnly.Action action) {
        return switch (action) {
            case LIST_EVERY_OWNERS_LINKS -> "Only admins may list every owner's links";
        };
    }

    private static String streamLimit(StreamLimitReached full) {
        return switch (full.scope()) {
            case TOTAL -> "The stream is full: at most " + full.limit() + " connections in total";
            case PER_USER -> "At most " + full.limit() + " stream connections per user";
        };
    }
}
