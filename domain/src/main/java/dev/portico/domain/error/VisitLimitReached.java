package dev.portico.domain.error;

/** A short link was followed after it had been visited as often as its owner allowed. */
public final class VisitLimitReached extends DomainException {

    private final String code;
    private final long maxVisits;

    public VisitLimitReached(String code, long maxVisits) {
        super("Link " + code + " reached its limit of " + maxVisits + " visits", null);
        this.code = code;
        this.maxVisits = maxVisits;
    }

    public String code() {
        return code;
    }

    public long maxVisits() {
        return maxVisits;
    }
}
