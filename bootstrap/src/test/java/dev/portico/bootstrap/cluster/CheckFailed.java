package dev.portico.bootstrap.cluster;

/** A check's expectation did not hold; the message says what was seen. */
final class CheckFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CheckFailed(String why) {
        super(why);
    }

    static void unless(boolean holds, String why) {
        if (!holds) {
            throw new CheckFailed(why);
        }
    }
}
