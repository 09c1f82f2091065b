package dev.portico.application.link;

import dev.portico.application.auth.Authenticated;
import dev.portico.application.link.port.LinkLookup;
import dev.portico.application.link.port.LinkWriter;
import dev.portico.application.link.port.VisitLog;
import dev.portico.application.link.support.OwnedLinks;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.LinkKeptChanging;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkLimits;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.TargetUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Changes a link's target, expiry, visit limit or redirect status. A new {@code expires_in} counts
 * from the time of the change. With a version from {@code If-Match}, a link changed since is refused;
 * without one, a concurrent change is retried on the fresh link.
 */
public final class UpdateLink {

    private static final int ATTEMPTS = 3;

    private final LinkLookup links;
    private final LinkWriter writer;
    private final VisitLog visits;
    private final LinkSettings settings;
    private final Clock clock;

    public UpdateLink(LinkLookup links, LinkWriter writer, VisitLog visits, LinkSettings settings, Clock clock) {
        this.links = links;
        this.writer = writer;
        this.visits = visits;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code acceptedVersions}: the versions an {@code If-Match} names (empty set: none can match),
     * or empty when there was no {@code If-Match} or it was {@code *}.
     */
    public Link update(Authenticated caller, String code, LinkPatch patch, Optional<Set<Long>> acceptedVersions) {
        if (patch.isEmpty()) {
            throw new InvalidInputException("The patch changes nothing; send url, expires_in, max_visits or redirect_status");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Link current = OwnedLinks.find(links, caller, code);
            if (acceptedVersions.isPresent() && !acceptedVersions.get().contains(current.version())) {
                throw new VersionMismatch(acceptedVersions.get(), OptionalLong.of(current.version()));
            }
            Optional<Link> saved = writer.update(apply(current, patch), current.version());
            if (saved.isPresent()) {
                return saved.get().withVisits(visits.countFor(current.id()));
            }
            if (acceptedVersions.isPresent()) {
                throw new VersionMismatch(acceptedVersions.get(), OptionalLong.empty());
            }
        }
        throw new LinkKeptChanging(code, ATTEMPTS);
    }

    private Link apply(Link link, LinkPatch patch) {
        TargetUrl target = patch.url().present()
                ? TargetUrl.parse(patch.url().value(), settings.publicBaseUrl(), settings.allowPrivateTargets())
                : link.target();
        Duration expiresIn = link.expiresIn();
        Instant expiresAt = link.expiresAt();
        if (patch.expiresIn().present()) {
            expiresIn = patch.expiresIn().value() == null ? null : LinkLimits.expiresIn(patch.expiresIn().value());
            expiresAt = expiresIn == null ? null : clock.instant().plus(expiresIn);
        }
        Long maxVisits = link.maxVisits();
        if (patch.maxVisits().present()) {
            maxVisits = patch.maxVisits().value() == null ? null : LinkLimits.maxVisits(patch.maxVisits().value());
        }
        RedirectStatus status = link.redirectStatus();
        if (patch.redirectStatus().present()) {
            if (patch.redirectStatus().value() == null) {
                throw new InvalidInputException(RedirectStatus.FIELD, "redirect_status must be 301, 302, 307 or 308");
            }
            status = RedirectStatus.of(patch.redirectStatus().value());
        }
        return new Link(link.id(), link.code(), link.owner(), target, link.createdAt(), expiresIn, expiresAt, maxVisits,
                status, link.visits(), link.version());
    }
}
