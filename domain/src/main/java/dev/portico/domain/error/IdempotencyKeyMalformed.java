package dev.portico.domain.error;

/** An idempotency key that is empty, too long, or holds characters other than printable ASCII. */
public final class IdempotencyKeyMalformed extends DomainException {

    private final String key;
    private final int maxLength;

    public IdempotencyKeyMalformed(String key, int maxLength) {
        super("Malformed idempotency key of " + key.length() + " characters (at most " + maxLength + ")", null);
        this.key = key;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    /** The longest key allowed. */
    public int maxLength() {
        return maxLength;
    }
}
