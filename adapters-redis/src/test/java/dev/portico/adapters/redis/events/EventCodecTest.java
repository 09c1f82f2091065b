package dev.portico.adapters.redis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.cluster.port.ClusterEvent;
import dev.portico.application.cluster.port.ClusterEvent.LinkDeleted;
import dev.portico.application.cluster.port.ClusterEvent.LinkWritten;
import dev.portico.application.cluster.port.ClusterEvent.TokensRefused;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void eachEvent_hasAPlainTextForm() {
        assertThat(EventCodec.encode(new LinkWritten(new ShortCode("abc_D-9")))).isEqualTo("v1 link-written abc_D-9");
        assertThat(EventCodec.encode(new LinkDeleted(new LinkId(42)))).isEqualTo("v1 link-deleted 42");
        assertThat(EventCodec.encode(new TokensRefused(new UserId(3), Instant.ofEpochSecond(1_700_000_000L, 5))))
                .isEqualTo("v1 tokens-refused 3 1700000000 5");
    }

    @Test
    void eachEvent_readsBackEqual_evenAnInstantBeforeTheEpoch() {
        for (ClusterEvent event : new ClusterEvent[] {
                new LinkWritten(new ShortCode("abc_D-9")),
                new LinkDeleted(new LinkId(Long.MAX_VALUE)),
                new TokensRefused(new UserId(3), Instant.parse("1969-12-31T23:59:59.999999999Z"))}) {
            assertThat(EventCodec.decode(EventCodec.encode(event))).contains(event);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1", "v2 link-deleted 4", "v1 link-deleted", "v1 link-deleted 0", "v1 link-deleted x",
        "v1 link-deleted 4 5", "v1 link-written a", "v1 link-written bad/code", "v1 tokens-refused 3 17",
        "v1 tokens-refused 3 17 2000000000", "v1 tokens-refused 0 17 0", "v1 something-else 1"})
    void textThatIsNoEventOfThisVersion_readsAsNothing(String text) {
        assertThat(EventCodec.decode(text)).isEmpty();
    }
}
