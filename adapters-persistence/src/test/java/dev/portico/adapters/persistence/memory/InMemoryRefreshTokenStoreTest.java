package dev.portico.adapters.persistence.memory;

import dev.portico.application.auth.port.RefreshTokenStoreContract;
import dev.portico.domain.user.UserId;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract<InMemoryRefreshTokenStore> {

    private long lastUserId;

    @Override
    protected InMemoryRefreshTokenStore newStore() {
        return new InMemoryRefreshTokenStore();
    }

    @Override
    protected UserId existingUser(InMemoryRefreshTokenStore store) {
        return new UserId(++lastUserId);
    }
}
