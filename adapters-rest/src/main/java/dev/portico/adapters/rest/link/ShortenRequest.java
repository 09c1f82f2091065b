package dev.portico.adapters.rest.link;

import dev.portico.application.link.ShortenCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code POST /api/v1/shorten}. */
@Schema(name = "ShortenRequest", description = "What to shorten; everything but url is optional.")
public record ShortenRequest(
        @Schema(description = "Absolute http(s) URL, at most 2,048 characters, no user-info, not this service, "
                + "not a private, loopback or link-local address.", example = "https://example.com/long-article-path",
                requiredMode = Schema.RequiredMode.REQUIRED) String url,
        @Schema(description = "3-32 of A-Za-z0-9_- starting with a letter or digit; case-sensitive; not reserved. "
                + "Omit for a random 7-character code.", example = "my-link") String customCode,
        @Schema(description = "Seconds until the link expires, 60 to 31,536,000.", example = "86400") Long expiresIn,
        @Schema(description = "Visits after which the link answers 410, 1 to 1,000,000,000.", example = "1000")
        Long maxVisits,
        @Schema(description = "301, 302, 307 or 308; the configured default (302) when omitted.", example = "301")
        Integer redirectStatus) {

    ShortenCommand command() {
        return new ShortenCommand(url, customCode, expiresIn, maxVisits, redirectStatus);
    }
}
