package dev.portico.adapters.rest.error;

import dev.portico.domain.error.AccountGone;
import dev.portico.domain.error.AdminOnly;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.IdempotencyKeyMalformed;
import dev.portico.domain.error.IdempotencyKeyReused;
import dev.portico.domain.error.InvalidCredentials;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkKeptChanging;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.error.StreamLimitReached;
import dev.portico.domain.error.TryAgainLater;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.error.VisitLimitReached;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Translates the core's failures into the envelope; the core itself never sees HTTP. */
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return responseFor(exception);
    }

    static Response responseFor(DomainException exception) {
        Response.ResponseBuilder response = ErrorResponses.builder(codeFor(exception), ErrorWording.messageFor(exception),
                ErrorWording.fieldFor(exception));
        if (exception instanceof TryAgainLater later) {
            response.header(HttpHeaders.RETRY_AFTER, ErrorResponses.retryAfterSeconds(later.retryAfter()));
        } else if (exception instanceof AccountGone || exception instanceof RefreshTokenRefused) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.invalidTokenChallenge());
        } else if (exception instanceof InvalidCredentials) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.plainChallenge());
        }
        return response.build();
    }

    private static ErrorCode codeFor(DomainException exception) {
        if (exception instanceof InvalidInputException || exception instanceof IdempotencyKeyMalformed) {
            return ErrorCode.VALIDATION_ERROR;
        } else if (exception instanceof UnknownSymbol || exception instanceof LinkNotFound) {
            return ErrorCode.NOT_FOUND;
        } else if (exception instanceof CodeTaken || exception instanceof UsernameTaken
                || exception instanceof IdempotencyKeyReused || exception instanceof LinkKeptChanging) {
            return ErrorCode.CONFLICT;
        } else if (exception instanceof AdminOnly) {
            return ErrorCode.FORBIDDEN;
        } else if (exception instanceof LinkExpired || exception instanceof VisitLimitReached) {
            return ErrorCode.GONE;
        } else if (exception instanceof VersionMismatch) {
            return ErrorCode.PRECONDITION_FAILED;
        } else if (exception instanceof FeedUnavailable || exception instanceof StoreUnavailable) {
            return ErrorCode.UPSTREAM_UNAVAILABLE;
        } else if (exception instanceof AccountGone || exception instanceof RefreshTokenRefused) {
            return ErrorCode.AUTH_REQUIRED;
        } else if (exception instanceof InvalidCredentials) {
            return ErrorCode.INVALID_CREDENTIALS;
        } else if (exception instanceof PasswordHashingSaturated || exception instanceof StreamLimitReached) {
            return ErrorCode.RATE_LIMITED;
        }
        throw new IllegalStateException("Unmapped domain error " + exception.getClass().getSimpleName());
    }
}
