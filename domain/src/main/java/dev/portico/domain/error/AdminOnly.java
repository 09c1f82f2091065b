package dev.portico.domain.error;

/** A caller who is not an admin asked for something only an admin may do. */
public final class AdminOnly extends DomainException {

    /** What the caller asked for. */
    public enum Action {
        LIST_EVERY_OWNERS_LINKS
    }

    private final Action action;

    public AdminOnly(Action action) {
        super("Only an admin may " + action, null);
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
