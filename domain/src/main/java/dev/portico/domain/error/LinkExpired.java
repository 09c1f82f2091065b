package dev.portico.domain.error;

import java.time.Instant;

/** A short link was followed after its expiry. */
public final class LinkExpired extends DomainException {

    private final String code;
    private final Instant expiredAt;

    public LinkExpired(String code, Instant expiredAt) {
        super("Link " + code + " expired at " + expiredAt, null);
        this.code = code;
        this.expiredAt = expiredAt;
    }

    public String code() {
        return code;
    }

    public Instant expiredAt() {
        return expiredAt;
    }
}
