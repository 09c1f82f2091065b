package dev.portico.domain.error;

/** The custom code a caller chose belongs to another link already. */
public final class CodeTaken extends DomainException {

    private final String code;

    /** {@code field}: the input the code came in, as the client named it. */
    public CodeTaken(String field, String code) {
        super("Code " + code + " is taken", field);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
