package dev.portico.application.support;

import dev.portico.application.link.port.VisitLogContract;
import dev.portico.domain.user.UserId;

/** The visit log the link use cases are tested with, held to the same contract as the real ones. */
class FakeVisitLogTest extends VisitLogContract {

    private long lastUserId;

    @Override
    protected Stores newStores() {
        FakeLinkStore links = new FakeLinkStore();
        return new Stores(links, new FakeVisitLog(links));
    }

    @Override
    protected UserId existingUser(Stores stores) {
        return new UserId(++lastUserId);
    }
}
