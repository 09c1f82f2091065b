package dev.portico.application.support;

import dev.portico.application.user.port.PasswordHasherContract;

/** The fast stand-in hash keeps the promises of the real one. */
class FakePasswordHasherTest extends PasswordHasherContract<FakePasswordHasher> {

    @Override
    protected FakePasswordHasher newHasher() {
        return new FakePasswordHasher(1_000);
    }
}
