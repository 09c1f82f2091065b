package dev.portico.domain.error;

/** No link has this code, or none the caller may see (never say which). */
public final class LinkNotFound extends DomainException {

    private final String code;

    public LinkNotFound(String code) {
        super("No link " + code, null);
        this.code = code;
    }

    /** The code as the caller sent it. */
    public String code() {
        return code;
    }
}
