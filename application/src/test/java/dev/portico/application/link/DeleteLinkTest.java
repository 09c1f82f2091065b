package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ADA;
import static dev.portico.application.link.LinkFixture.ALICE;
import static dev.portico.application.link.LinkFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.link.Link;
import org.junit.jupiter.api.Test;

class DeleteLinkTest {

    private final LinkFixture fixture = new LinkFixture();
    private final Link link = fixture.link(ALICE, "abc", null, 1L);

    @Test
    void theOwner_mayDeleteTheirLink() {
        fixture.delete.delete(ALICE, "abc");

        assertThat(fixture.links.findByCode(link.code())).isEmpty();
        assertThatThrownBy(() -> fixture.resolve.resolve("abc", null, null))
                .isInstanceOf(LinkNotFound.class);
    }

    @Test
    void anotherUser_findsNoSuchLinkAndDeletesNothing() {
        assertThatThrownBy(() -> fixture.delete.delete(BOB, "abc")).isInstanceOf(LinkNotFound.class);

        assertThat(fixture.links.findByCode(link.code())).contains(link);
        assertThat(fixture.links.deleteCalls()).isZero();
    }

    @Test
    void anAdmin_mayDeleteAnyLink() {
        fixture.delete.delete(ADA, "abc");

        assertThat(fixture.links.size()).isZero();
    }

    @Test
    void anUnknownCode_isNotFound() {
        assertThatThrownBy(() -> fixture.delete.delete(ALICE, "nope")).isInstanceOf(LinkNotFound.class);
        assertThatThrownBy(() -> fixture.delete.delete(ALICE, "")).isInstanceOf(LinkNotFound.class);
    }

    @Test
    void givenADeleteRacingAnotherOne_delete_isNotFound() {
        fixture.delete.delete(ALICE, "abc");

        assertThatThrownBy(() -> fixture.delete.delete(ALICE, "abc")).isInstanceOf(LinkNotFound.class);
    }

    @Test
    void delete_forgetsTheLiveVisitCount() {
        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();

        fixture.delete.delete(ALICE, "abc");

        assertThat(fixture.liveCounts.tryCount(link)).as("counted afresh from the log, which is empty").isTrue();
    }
}
