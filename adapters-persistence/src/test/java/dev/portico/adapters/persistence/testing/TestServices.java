package dev.portico.adapters.persistence.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real server (PostgreSQL, Redis) installed on the machine: when its
 * binaries are missing the test is skipped with a message saying what to install, unless the system
 * property {@value #PROPERTY} is {@code required} (as CI sets it), and then the test fails.
 */
public final class TestServices {

    public static final String PROPERTY = "portico.test.services";

    private TestServices() {
    }

    public static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty(PROPERTY, "optional").strip());
    }

    /** Returns when {@code installed}; otherwise skips the calling test, or fails it when services are required. */
    public static void assumeInstalled(boolean installed, String missing) {
        if (installed) {
            return;
        }
        if (required()) {
            throw new IllegalStateException(missing + " (" + PROPERTY + "=required, so this fails instead of skipping)");
        }
        Assumptions.assumeTrue(false, missing + "; skipped (set -D" + PROPERTY + "=required to fail instead)");
    }
}
