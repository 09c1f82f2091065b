package dev.portico.domain.error;

/** An account with this username exists already. */
public final class UsernameTaken extends DomainException {

    private final String username;

    /** {@code field}: the input the username came in, as the client named it. */
    public UsernameTaken(String field, String username) {
        super("Username " + username + " is taken", field);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
