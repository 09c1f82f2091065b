package dev.portico.application.link;

import dev.portico.domain.link.RedirectStatus;
import java.util.Objects;

/** The service's own public base URL (for short URLs and loop checks), and link defaults. */
public record LinkSettings(String publicBaseUrl, boolean allowPrivateTargets, RedirectStatus defaultRedirectStatus) {

    public LinkSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(defaultRedirectStatus, "defaultRedirectStatus");
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String shortUrl(String code) {
        return publicBaseUrl + "/s/" + code;
    }
}
