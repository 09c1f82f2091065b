package dev.portico.domain.error;

import java.util.OptionalLong;
import java.util.Set;

/** A change was made on the condition that the link still had one of the expected versions, and it had not. */
public final class VersionMismatch extends DomainException {

    private final Set<Long> expected;
    private final OptionalLong actual;

    public VersionMismatch(Set<Long> expected, OptionalLong actual) {
        super("Expected one of versions " + expected + ", found " + actual, null);
        this.expected = Set.copyOf(expected);
        this.actual = actual;
    }

    /** The versions the caller would accept; empty when none could match. */
    public Set<Long> expected() {
        return expected;
    }

    /** The version found, when known; a change that lost a race to another one knows only that it lost. */
    public OptionalLong actual() {
        return actual;
    }
}
