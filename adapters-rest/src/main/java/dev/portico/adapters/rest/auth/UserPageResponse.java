package dev.portico.adapters.rest.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of accounts. */
@Schema(name = "UserPage", description = "A page of accounts in id order.")
public record UserPageResponse(
        List<UserResponse> items,
        @Schema(description = "Pass as `cursor` for the next page; null on the last page.", example = "dTo0Mg",
                nullable = true) String nextCursor) {
}
