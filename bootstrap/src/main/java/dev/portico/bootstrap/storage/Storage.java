package dev.portico.bootstrap.storage;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.link.port.LinkStore;
import dev.portico.application.link.port.VisitLimits;
import dev.portico.application.link.port.VisitLog;
import dev.portico.application.pulse.port.StorageHealth;
import dev.portico.application.quote.port.SnapshotStore;
import dev.portico.application.user.port.UserStore;
import java.util.Optional;

/**
 * The store-backed ports chosen by {@code database.type}, ready to hand to use cases. A store shared
 * by several instances also counts visits of limited links itself ({@link #sharedVisitLimits}), so
 * that a visit limit holds across them.
 */
public record Storage(StorageHealth health, UserStore users, RefreshTokenStore refreshTokens, LinkStore links,
        VisitLog visits, SnapshotStore snapshots, Optional<VisitLimits> sharedVisitLimits) {

    /** A store of one instance: visit limits are counted in the process. */
    public Storage(StorageHealth health, UserStore users, RefreshTokenStore refreshTokens, LinkStore links,
            VisitLog visits, SnapshotStore snapshots) {
        this(health, users, refreshTokens, links, visits, snapshots, Optional.empty());
    }
}
