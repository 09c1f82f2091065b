package dev.portico.application.user.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link PasswordHasher} adapter must show. Each adapter's test class extends this
 * and supplies a hasher, with parameters low enough to keep the suite fast.
 */
public abstract class PasswordHasherContract<T extends PasswordHasher> {

    private static final Password PASSWORD = new Password("correct horse battery staple");

    protected abstract T newHasher();

    @Test
    void givenAFreshHash_matches_acceptsThePasswordItWasMadeFrom() {
        T hasher = newHasher();

        assertThat(hasher.matches(PASSWORD, hasher.hash(PASSWORD))).isTrue();
    }

    @Test
    void givenAFreshHash_matches_refusesAnotherPassword() {
        T hasher = newHasher();
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches(new Password("correct horse battery stapl"), hash)).isFalse();
        assertThat(hasher.matches(new Password("Correct horse battery staple"), hash)).isFalse();
        assertThat(hasher.matches(new Password(""), hash)).isFalse();
    }

    @Test
    void givenTheSamePasswordTwice_hash_givesDifferentHashes() {
        T hasher = newHasher();

        assertThat(hasher.hash(PASSWORD).encoded()).isNotEqualTo(hasher.hash(PASSWORD).encoded());
    }

    @Test
    void givenAHashItCannotRead_matches_returnsFalse() {
        assertThat(newHasher().matches(PASSWORD, new PasswordHash("nonsense"))).isFalse();
    }

    @Test
    void givenAFreshHash_needsRehash_returnsFalse() {
        T hasher = newHasher();

        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    }

    @Test
    void givenAFreshHash_itsText_doesNotContainThePassword() {
        PasswordHash hash = newHasher().hash(PASSWORD);

        assertThat(hash.encoded()).doesNotContain(PASSWORD.value());
        assertThat(hash.toString()).doesNotContain(PASSWORD.value());
    }
}
