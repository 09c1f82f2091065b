package dev.portico.adapters.rest.link;

import dev.portico.adapters.rest.json.Timestamps;
import dev.portico.application.link.LinkSettings;
import dev.portico.domain.link.Link;
import io.swagger.v3.oas.annotations.media.Schema;

/** A link as its owner sees it. */
@Schema(name = "Link", description = "A short link.")
public record LinkResponse(
        @Schema(description = "The code after /s/.", example = "my-link") String code,
        @Schema(description = "The short URL, from the configured public base URL.", example = "https://sho.rt/s/my-link")
        String shortUrl,
        @Schema(description = "The target.", example = "https://example.com/long-article-path") String url,
        @Schema(description = "RFC 3339 UTC.", example = "2026-03-02T14:30:00Z") String createdAt,
        @Schema(description = "Lifetime in seconds as last set; null: never expires.", example = "86400", nullable = true)
        Long expiresIn,
        @Schema(description = "When the link stops redirecting (410 after); null: never.",
                example = "2026-03-03T14:30:00Z", nullable = true) String expiresAt,
        @Schema(description = "Visits after which the link answers 410; null: no limit.", example = "1000", nullable = true)
        Long maxVisits,
        @Schema(description = "301, 302, 307 or 308.", example = "302") int redirectStatus,
        @Schema(description = "Visits recorded so far (written in batches, so up to about a second behind).",
                example = "0") long visits) {

    static LinkResponse from(Link link, LinkSettings settings) {
        return new LinkResponse(link.code().value(), settings.shortUrl(link.code().value()), link.target().value(),
                Timestamps.format(link.createdAt()), link.expiresIn() == null ? null : link.expiresIn().toSeconds(),
                Timestamps.format(link.expiresAt()), link.maxVisits(), link.redirectStatus().code(), link.visits());
    }

    static String etag(Link link) {
        return "\"" + link.version() + "\"";
    }
}
