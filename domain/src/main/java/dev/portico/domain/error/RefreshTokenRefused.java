package dev.portico.domain.error;

/**
 * A refresh token that cannot be traded for a new pair. The reason is for logs and tests; callers are
 * told only that it was refused, never why.
 */
public final class RefreshTokenRefused extends DomainException {

    /** Why the token was refused. */
    public enum Reason {
        /** Not a refresh token this service signed. */
        UNREADABLE,
        /** No stored record for the token. */
        UNKNOWN,
        /** The token names another account or family than its record. */
        MISMATCHED,
        /** The token was traded before: its family is revoked now. */
        REUSED,
        /** The token's family was revoked. */
        REVOKED,
        /** The token's family is past its lifetime. */
        EXPIRED,
        /** The account the token belongs to no longer exists. */
        ACCOUNT_GONE,
        /** A concurrent trade of the same token won: its family is revoked now. */
        LOST_RACE
    }

    private final Reason reason;

    public RefreshTokenRefused(Reason reason) {
        super("Refresh token refused: " + reason, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
