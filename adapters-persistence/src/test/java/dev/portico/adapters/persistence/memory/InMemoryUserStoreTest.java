package dev.portico.adapters.persistence.memory;

import dev.portico.application.user.port.UserStoreContract;

class InMemoryUserStoreTest extends UserStoreContract<InMemoryUserStore> {

    @Override
    protected InMemoryUserStore newStore() {
        return new InMemoryUserStore();
    }
}
