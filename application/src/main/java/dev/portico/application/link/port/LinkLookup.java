package dev.portico.application.link.port;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.ShortCode;
import java.util.Optional;

/** Finds a link by its code: all the redirect needs, and what the redirect cache decorates. */
public interface LinkLookup {

    Optional<Link> findByCode(ShortCode code);
}
