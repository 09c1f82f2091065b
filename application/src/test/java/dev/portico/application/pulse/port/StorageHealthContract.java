package dev.portico.application.pulse.port;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link StorageHealth} adapter must show. Each adapter's test class extends this
 * and supplies a store that is up; adapters that can be taken down also test the down case.
 */
public abstract class StorageHealthContract<T extends StorageHealth> {

    protected abstract T newStorageHealth();

    @Test
    void givenAStoreThatIsUp_isReachable_returnsTrue() {
        assertThat(newStorageHealth().isReachable()).isTrue();
    }

    @Test
    void givenAStoreThatIsUp_isReachable_answersTheSameOnRepeatedCalls() {
        T health = newStorageHealth();
        for (int i = 0; i < 5; i++) {
            assertThat(health.isReachable()).isTrue();
        }
    }
}
