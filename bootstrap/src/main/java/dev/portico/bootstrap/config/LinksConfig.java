package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.domain.link.RedirectStatus;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code links:} the default redirect status and whether targets may be private addresses. */
public class LinksConfig {

    @Min(301)
    @Max(308)
    @JsonProperty
    private int redirectStatus = 302;

    /** Only for development or closed networks: lets links point at loopback, private and link-local addresses. */
    @JsonProperty
    private boolean allowPrivateTargets = false;

    /** Entries of the in-process redirect cache. */
    @Min(1)
    @JsonProperty
    private long cacheSize = 100_000;

    @ValidationMethod(message = "redirectStatus must be 301, 302, 307 or 308")
    @JsonIgnore
    public boolean isRedirectStatusSupported() {
        return redirectStatus == 301 || redirectStatus == 302 || redirectStatus == 307 || redirectStatus == 308;
    }

    public RedirectStatus getRedirectStatus() {
        return RedirectStatus.of(redirectStatus);
    }

    public boolean isAllowPrivateTargets() {
        return allowPrivateTargets;
    }

    public long getCacheSize() {
        return cacheSize;
    }
}
