package dev.portico.domain.link;

/** A link's database id; positive. */
public record LinkId(long value) {

    public LinkId {
        if (value < 1) {
            throw new IllegalArgumentException("A link id is positive, got " + value);
        }
    }
}
