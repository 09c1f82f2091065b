package dev.portico.application.support;

import dev.portico.application.auth.port.RefreshTokenStoreContract;
import dev.portico.domain.user.UserId;

/** The fake the token use cases are tested with is held to the same contract as the real stores. */
class FakeRefreshTokenStoreTest extends RefreshTokenStoreContract<FakeRefreshTokenStore> {

    private long lastUserId;

    @Override
    protected FakeRefreshTokenStore newStore() {
        return new FakeRefreshTokenStore();
    }

    @Override
    protected UserId existingUser(FakeRefreshTokenStore store) {
        return new UserId(++lastUserId);
    }
}
