package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ADA;
import static dev.portico.application.link.LinkFixture.ALICE;
import static dev.portico.application.link.LinkFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.LinkPatch.Change;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.LinkKeptChanging;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VersionMismatch;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.TargetUrl;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateLinkTest {

    private final LinkFixture fixture = new LinkFixture();
    private Link link;

    @BeforeEach
    void aLinkOfAlices() {
        link = fixture.link(ALICE, "abc", Duration.ofHours(1), 10L);
        fixture.clock.advance(Duration.ofMinutes(10));
    }

    private static LinkPatch url(String value) {
        return new LinkPatch(Change.to(value), Change.absent(), Change.absent(), Change.absent());
    }

    private static LinkPatch expiresIn(Long value) {
        return new LinkPatch(Change.absent(), Change.to(value), Change.absent(), Change.absent());
    }

    private static LinkPatch maxVisits(Long value) {
        return new LinkPatch(Change.absent(), Change.absent(), Change.to(value), Change.absent());
    }

    private static LinkPatch redirectStatus(Integer value) {
        return new LinkPatch(Change.absent(), Change.absent(), Change.absent(), Change.to(value));
    }

    private Link update(LinkPatch patch) {
        return fixture.update.update(ALICE, "abc", patch, Optional.empty());
    }

    private Link stored() {
        return fixture.links.findByCode(link.code()).orElseThrow();
    }

    @Test
    void givenAUrl_update_changesTheTargetOnly() {
        Link updated = update(url("https://example.org/new"));

        assertThat(updated.target()).isEqualTo(new TargetUrl("https://example.org/new"));
        assertThat(updated.expiresAt()).isEqualTo(link.expiresAt());
        assertThat(updated.maxVisits()).isEqualTo(10L);
        assertThat(updated.redirectStatus()).isEqualTo(link.redirectStatus());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(stored()).isEqualTo(updated);
    }

    @Test
    void givenAnInvalidUrl_update_refusesItAndStoresNothing() {
        assertThatThrownBy(() -> update(url("javascript:alert(1)")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("url"));
        assertThatThrownBy(() -> update(url(null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("url"));
        assertThat(stored()).isEqualTo(link);
    }

    @Test
    void givenExpiresIn_update_countsItFromNow() {
        Link updated = update(expiresIn(120L));

        assertThat(updated.expiresIn()).isEqualTo(Duration.ofMinutes(2));
        assertThat(updated.expiresAt()).isEqualTo(fixture.clock.instant().plusSeconds(120));
        assertThat(updated.createdAt()).isEqualTo(link.createdAt());
    }

    @Test
    void givenNullExpiresIn_update_removesTheExpiry() {
        Link updated = update(expiresIn(null));

        assertThat(updated.expiresIn()).isNull();
        assertThat(updated.expiry()).isEmpty();
        assertThat(updated.maxVisits()).isEqualTo(10L);
    }

    @Test
    void givenExpiresInOutOfRange_update_refusesIt() {
        assertThatThrownBy(() -> update(expiresIn(59L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("expires_in"));
    }

    @Test
    void givenMaxVisits_update_changesTheLimit() {
        assertThat(update(maxVisits(1_000L)).maxVisits()).isEqualTo(1_000L);
    }

    @Test
    void givenNullMaxVisits_update_removesTheLimit() {
        Link updated = update(maxVisits(null));

        assertThat(updated.visitLimit()).isEmpty();
        assertThat(updated.expiresAt()).isEqualTo(link.expiresAt());
    }

    @Test
    void givenMaxVisitsOutOfRange_update_refusesIt() {
        assertThatThrownBy(() -> update(maxVisits(0L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("max_visits"));
    }

    @Test
    void givenARedirectStatus_update_changesIt() {
        assertThat(update(redirectStatus(301)).redirectStatus()).isEqualTo(RedirectStatus.MOVED_PERMANENTLY);
    }

    @Test
    void givenANullOrInvalidRedirectStatus_update_refusesIt() {
        assertThatThrownBy(() -> update(redirectStatus(null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("redirect_status"));
        assertThatThrownBy(() -> update(redirectStatus(303))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("redirect_status"));
        assertThat(stored()).isEqualTo(link);
    }

    @Test
    void givenEveryField_update_changesThemAll() {
        Link updated = update(new LinkPatch(Change.to("https://example.org/"), Change.to(60L), Change.to(2L),
                Change.to(308)));

        assertThat(updated.target().value()).isEqualTo("https://example.org/");
        assertThat(updated.expiresAt()).isEqualTo(fixture.clock.instant().plusSeconds(60));
        assertThat(updated.maxVisits()).isEqualTo(2L);
        assertThat(updated.redirectStatus()).isEqualTo(RedirectStatus.PERMANENT_REDIRECT);
    }

    @Test
    void givenAnEmptyPatch_update_isInvalid() {
        LinkPatch empty = new LinkPatch(Change.absent(), Change.absent(), Change.absent(), Change.absent());

        assertThatThrownBy(() -> update(empty)).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.links.updateCalls()).isZero();
    }

    @Test
    void theUpdatedLink_carriesTheLoggedVisitCount() {
        fixture.logged(link, 4);

        assertThat(update(maxVisits(20L)).visits()).isEqualTo(4);
    }

    @Test
    void givenAMatchingVersion_update_succeeds() {
        Link updated = fixture.update.update(ALICE, "abc", maxVisits(20L), Optional.of(Set.of(7L, 1L)));

        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void givenOnlyOtherVersions_update_failsItsPrecondition() {
        assertThatThrownBy(() -> fixture.update.update(ALICE, "abc", maxVisits(20L), Optional.of(Set.of(2L))))
                .isInstanceOfSatisfying(VersionMismatch.class, mismatch -> {
                    assertThat(mismatch.expected()).containsExactly(2L);
                    assertThat(mismatch.actual()).hasValue(1L);
                });
        assertThat(fixture.links.updateCalls()).isZero();
    }

    @Test
    void givenAnEmptySetOfVersions_update_failsItsPrecondition() {
        assertThatThrownBy(() -> fixture.update.update(ALICE, "abc", maxVisits(20L), Optional.of(Set.of())))
                .isInstanceOfSatisfying(VersionMismatch.class, mismatch -> assertThat(mismatch.expected()).isEmpty());
        assertThat(stored()).isEqualTo(link);
    }

    @Test
    void givenAConcurrentChangeAndAVersion_update_failsItsPrecondition() {
        fixture.links.beforeNextUpdate(this::changeConcurrently);

        assertThatThrownBy(() -> fixture.update.update(ALICE, "abc", maxVisits(20L), Optional.of(Set.of(1L))))
                .isInstanceOfSatisfying(VersionMismatch.class, mismatch -> assertThat(mismatch.actual()).isEmpty());
        assertThat(stored().redirectStatus()).isEqualTo(RedirectStatus.FOUND);
    }

    @Test
    void givenAConcurrentChangeAndNoVersion_update_retriesOnTheFreshLink() {
        fixture.links.beforeNextUpdate(this::changeConcurrently);

        Link updated = update(maxVisits(20L));

        assertThat(fixture.links.updateCalls()).isEqualTo(2);
        assertThat(updated.version()).isEqualTo(3);
        assertThat(updated.maxVisits()).isEqualTo(20L);
        assertThat(updated.redirectStatus()).as("the concurrent change is kept").isEqualTo(RedirectStatus.FOUND);
    }

    @Test
    void givenChangesOnEveryAttempt_update_givesUpAfterThreeTries() {
        fixture.links.beforeNextUpdate(() -> {
            changeConcurrently();
            fixture.links.beforeNextUpdate(() -> {
                changeConcurrently();
                fixture.links.beforeNextUpdate(this::changeConcurrently);
            });
        });

        assertThatThrownBy(() -> update(maxVisits(20L))).isInstanceOfSatisfying(LinkKeptChanging.class, e -> {
            assertThat(e.code()).isEqualTo("abc");
            assertThat(e.attempts()).isEqualTo(3);
        });
        assertThat(fixture.links.updateCalls()).isEqualTo(3);
    }

    @Test
    void givenAnotherUsersLink_update_isNotFound() {
        assertThatThrownBy(() -> fixture.update.update(BOB, "abc", maxVisits(20L), Optional.empty()))
                .isInstanceOf(LinkNotFound.class);
        assertThat(stored()).isEqualTo(link);
    }

    @Test
    void givenAnotherUsersLinkAndAnInvalidPatch_update_isStillNotFound() {
        assertThatThrownBy(() -> fixture.update.update(BOB, "abc", redirectStatus(999), Optional.empty()))
                .isInstanceOf(LinkNotFound.class);
    }

    @Test
    void givenAnUnknownOrMalformedCode_update_isNotFound() {
        assertThatThrownBy(() -> fixture.update.update(ALICE, "nope", maxVisits(20L), Optional.empty()))
                .isInstanceOf(LinkNotFound.class);
        assertThatThrownBy(() -> fixture.update.update(ALICE, "a/b", maxVisits(20L), Optional.empty()))
                .isInstanceOf(LinkNotFound.class);
    }

    @Test
    void anAdmin_mayUpdateAnyLink() {
        Link updated = fixture.update.update(ADA, "abc", maxVisits(20L), Optional.empty());

        assertThat(updated.maxVisits()).isEqualTo(20L);
        assertThat(updated.owner()).isEqualTo(ALICE.userId());
    }

    private void changeConcurrently() {
        Link current = stored();
        fixture.links.replace(new Link(current.id(), current.code(), current.owner(), current.target(),
                current.createdAt(), current.expiresIn(), current.expiresAt(), current.maxVisits(), RedirectStatus.FOUND,
                current.visits(), current.version() + 1));
    }
}
