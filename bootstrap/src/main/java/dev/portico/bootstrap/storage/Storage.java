package dev.portico.bootstrap.storage;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.link.port.LinkStore;
import dev.portico.application.link.port.VisitLog;
import dev.portico.application.pulse.port.StorageHealth;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.application.user.port.UserStore;

/** The store-backed ports chosen by {@code database.type}, ready to hand to use cases. */
public record Storage(StorageHealth health, UserStore users, RefreshTokenStore refreshTokens, LinkStore links,
        VisitLog visits, SnapshotStore snapshots) {
}
