package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T14:30:00.250Z");
    private static final UserId OWNER = new UserId(7);

    private static NewLink newLink(Duration expiresIn, Long maxVisits) {
        return new NewLink(new ShortCode("abc"), OWNER, new TargetUrl("https://example.com/"), CREATED, expiresIn,
                maxVisits, RedirectStatus.FOUND);
    }

    @Test
    void atItsExpiry_aLink_isExpired() {
        Link link = newLink(Duration.ofMinutes(1), null).withId(new LinkId(1));

        assertThat(link.expiresAt()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(link.isExpiredAt(link.expiresAt())).isTrue();
        assertThat(link.isExpiredAt(link.expiresAt().plusMillis(1))).isTrue();
    }

    @Test
    void aMillisecondBeforeItsExpiry_aLink_isNotExpired() {
        Link link = newLink(Duration.ofMinutes(1), null).withId(new LinkId(1));

        assertThat(link.isExpiredAt(link.expiresAt().minusMillis(1))).isFalse();
        assertThat(link.isExpiredAt(CREATED)).isFalse();
    }

    @Test
    void withoutAnExpiry_aLink_neverExpires() {
        Link link = newLink(null, null).withId(new LinkId(1));

        assertThat(link.expiry()).isEmpty();
        assertThat(link.isExpiredAt(Instant.MAX)).isFalse();
    }

    @Test
    void aNewlyStoredLink_startsAtZeroVisitsAndVersionOne() {
        Link link = newLink(null, 5L).withId(new LinkId(3));

        assertThat(link.visits()).isZero();
        assertThat(link.version()).isEqualTo(1);
        assertThat(link.visitLimit()).contains(5L);
        assertThat(link.withVisits(4).visits()).isEqualTo(4);
        assertThat(link.withVisits(4).version()).isEqualTo(1);
    }

    @Test
    void ownership_isByUserId() {
        Link link = newLink(null, null).withId(new LinkId(1));

        assertThat(link.isOwnedBy(new UserId(7))).isTrue();
        assertThat(link.isOwnedBy(new UserId(8))).isFalse();
    }

    @Test
    void anExpiryHalfSet_isRefused() {
        assertThatThrownBy(() -> new Link(new LinkId(1), new ShortCode("abc"), OWNER,
                new TargetUrl("https://example.com/"), CREATED, Duration.ofMinutes(1), null, null, RedirectStatus.FOUND,
                0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
