package dev.portico.domain.error;

/** A valid token names an account that no longer exists. */
public final class AccountGone extends DomainException {

    private final long userId;

    public AccountGone(long userId) {
        super("No account " + userId, null);
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }
}
