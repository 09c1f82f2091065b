package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitTest {

    private static final LinkId LINK = new LinkId(1);
    private static final Instant AT = Instant.parse("2026-03-02T14:30:00Z");

    @Test
    void aLongUserAgent_isCutTo256Characters() {
        Visit visit = new Visit(LINK, AT, "example.com", "x".repeat(300));

        assertThat(visit.userAgent()).isEqualTo("x".repeat(256));
    }

    @Test
    void aUserAgentOf256Characters_isKeptWhole() {
        String agent = "Mozilla/5.0 " + "y".repeat(244);

        assertThat(new Visit(LINK, AT, null, agent).userAgent()).isEqualTo(agent).hasSize(256);
    }

    @Test
    void aLongReferrerHost_isCutTo253Characters() {
        assertThat(new Visit(LINK, AT, "h".repeat(300), null).referrerHost()).hasSize(253);
    }

    @Test
    void emptyStrings_becomeNull() {
        Visit visit = new Visit(LINK, AT, "", "");

        assertThat(visit.referrerHost()).isNull();
        assertThat(visit.userAgent()).isNull();
    }

    @Test
    void nulls_stayNull() {
        Visit visit = new Visit(LINK, AT, null, null);

        assertThat(visit.referrerHost()).isNull();
        assertThat(visit.userAgent()).isNull();
    }
}
