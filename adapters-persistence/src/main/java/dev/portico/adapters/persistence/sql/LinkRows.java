package dev.portico.adapters.persistence.sql;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.statement.StatementContext;

/** Links as rows of {@code links}, aliased {@code l}: {@code expires_in} in seconds, times in epoch milliseconds. */
public final class LinkRows {

    public static final String COLUMNS = "l.id, l.code, l.owner_id, l.target, l.created_at, l.expires_in, l.expires_at, "
            + "l.max_visits, l.redirect_status, l.visits, l.version";

    private LinkRows() {
    }

    public static Long seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds();
    }

    public static Link link(ResultSet row, StatementContext context) throws SQLException {
        Long expiresIn = nullableLong(row, "expires_in");
        return new Link(new LinkId(row.getLong("id")), new ShortCode(row.getString("code")),
                new UserId(row.getLong("owner_id")), new TargetUrl(row.getString("target")),
                EpochMillis.read(row, "created_at"), expiresIn == null ? null : Duration.ofSeconds(expiresIn),
                EpochMillis.read(row, "expires_at"), nullableLong(row, "max_visits"),
                RedirectStatus.of(row.getInt("redirect_status")), row.getLong("visits"), row.getLong("version"));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
