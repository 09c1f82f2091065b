package dev.portico.domain.error;

/** An idempotency key came back with a request other than the one it was first used with. */
public final class IdempotencyKeyReused extends DomainException {

    private final String key;

    public IdempotencyKeyReused(String key) {
        super("Idempotency key " + key + " was used with another request", null);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
