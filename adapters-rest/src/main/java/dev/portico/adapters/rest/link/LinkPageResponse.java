package dev.portico.adapters.rest.link;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of links. */
@Schema(name = "LinkPage", description = "Links, newest first.")
public record LinkPageResponse(
        List<LinkResponse> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page.", example = "bDo0Mg",
                nullable = true) String nextCursor) {
}
