package dev.portico.adapters.persistence.memory;

import dev.portico.application.link.port.VisitLogContract;
import dev.portico.domain.user.UserId;

class InMemoryVisitLogTest extends VisitLogContract {

    private long lastUserId;

    @Override
    protected Stores newStores() {
        InMemoryLinkStore links = new InMemoryLinkStore();
        return new Stores(links, new InMemoryVisitLog(links));
    }

    @Override
    protected UserId existingUser(Stores stores) {
        return new UserId(++lastUserId);
    }
}
