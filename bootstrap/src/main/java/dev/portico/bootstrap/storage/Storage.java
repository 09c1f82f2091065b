package dev.portico.bootstrap.storage;

import dev.portico.application.pulse.port.StorageHealth;

/** The store-backed ports chosen by {@code database.type}, ready to hand to use cases. */
public record Storage(StorageHealth health) {
}
