package dev.portico.bootstrap.cluster;

/**
 * A logged-in user. {@code address} is the X-Forwarded-For value its auth calls were sent with, so
 * each check spends its own login budget.
 */
record Session(String username, String password, String address, String access, String refresh) {

    /** The Authorization header as a name/value pair for {@link Api}. */
    String[] bearer() {
        return new String[] {"Authorization", "Bearer " + access};
    }
}
