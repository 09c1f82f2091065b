package dev.portico.domain.error;

/** A change lost every race against other changes of the same link, and no version was asked for. */
public final class LinkKeptChanging extends DomainException {

    private final String code;
    private final int attempts;

    public LinkKeptChanging(String code, int attempts) {
        super("Link " + code + " changed under each of " + attempts + " attempts", null);
        this.code = code;
        this.attempts = attempts;
    }

    public String code() {
        return code;
    }

    public int attempts() {
        return attempts;
    }
}
