package dev.portico.adapters.persistence.migration;

import java.util.Objects;

/** One numbered migration file, e.g. {@code 002_links.sql} is version 2 named {@code links}. */
public record Migration(int version, String name, String checksum) {

    public Migration {
        if (version < 0) {
            throw new IllegalArgumentException("migration version must not be negative: " + version);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
    }
}
