package dev.portico.domain.error;

import java.util.Optional;

/**
 * A failure the core reports to its callers: a business rule was broken or a resource is not
 * there. Adapters translate each subclass into their own protocol; the core never builds responses.
 * Each subclass says what happened and carries its data; its message is for logs: the adapter
 * picks what the client reads.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, UnknownSymbol, LinkNotFound, LinkExpired, VisitLimitReached,
                VersionMismatch, CodeTaken, LinkKeptChanging, IdempotencyKeyMalformed, IdempotencyKeyReused,
                UsernameTaken, AdminOnly, AccountGone, RefreshTokenRefused, InvalidCredentials,
                PasswordHashingSaturated, StreamLimitReached, FeedUnavailable, StoreUnavailable {

    private final String field;

    protected DomainException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The one input field at fault, as the client named it, when there is exactly one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
