package dev.portico.adapters.rest.error;

import dev.portico.domain.error.AuthenticationRequiredException;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.ConflictException;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.ForbiddenException;
import dev.portico.domain.error.InvalidCredentialsException;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.ResourceNotFoundException;
import dev.portico.domain.error.TooManyRequestsException;
import dev.portico.domain.error.UpstreamUnavailableException;
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
        String field = exception.field().orElse(null);
        Response.ResponseBuilder response = ErrorResponses.builder(codeFor(exception), ErrorWording.messageFor(exception), field);
        if (exception instanceof UpstreamUnavailableException unavailable) {
            response.header(HttpHeaders.RETRY_AFTER, wholeSeconds(unavailable.retryAfter()));
        } else if (exception instanceof TooManyRequestsException tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, wholeSeconds(tooMany.retryAfter()));
        } else if (exception instanceof AuthenticationRequiredException) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.invalidTokenChallenge());
        } else if (exception instanceof InvalidCredentialsException) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.plainChallenge());
        }
        return response.build();
    }

    /** Rounded up, and at least one second, so a client that waits that long is not refused again at once. */
    private static long wholeSeconds(java.time.Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static ErrorCode codeFor(DomainException exception) {
        if (exception instanceof InvalidInputException) {
            return ErrorCode.VALIDATION_ERROR;
        } else if (exception instanceof ResourceNotFoundException || exception instanceof LinkNotFound) {
            return ErrorCode.NOT_FOUND;
        } else if (exception instanceof ConflictException || exception instanceof CodeTaken) {
            return ErrorCode.CONFLICT;
        } else if (exception instanceof ForbiddenException) {
            return ErrorCode.FORBIDDEN;
        } else if (exception instanceof LinkExpired || exception instanceof VisitLimitReached) {
            return ErrorCode.GONE;
        } else if (exception instanceof VersionMismatch) {
            return ErrorCode.PRECONDITION_FAILED;
        } else if (exception instanceof UpstreamUnavailableException) {
            return ErrorCode.UPSTREAM_UNAVAILABLE;
        } else if (exception instanceof AuthenticationRequiredException) {
            return ErrorCode.AUTH_REQUIRED;
        } else if (exception instanceof InvalidCredentialsException) {
            return ErrorCode.INVALID_CREDENTIALS;
        } else if (exception instanceof TooManyRequestsException) {
            return ErrorCode.RATE_LIMITED;
        }
        throw new IllegalStateException("Unmapped domain error " + exception.getClass().getSimpleName());
    }
}
