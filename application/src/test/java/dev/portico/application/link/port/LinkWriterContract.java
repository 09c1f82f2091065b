package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.link.port.LinkWriter.CodeTaken;
import dev.portico.application.link.port.LinkWriter.InsertOutcome;
import dev.portico.application.link.port.LinkWriter.Inserted;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link LinkWriter} must show, read back through its {@link LinkLookup}: each store's
 * test and the redirect cache's extend this.
 */
public abstract class LinkWriterContract<T extends LinkLookup & LinkWriter> extends LinkContractSupport<T> {

    @Test
    void givenANewLink_insert_returnsItWithAnIdNoVisitsVersionOneAndItsExpiry() {
        NewLink link = newLink("first", user());

        Link stored = inserted(store().insert(link, Optional.empty()));

        assertThat(stored.id().value()).isPositive();
        assertThat(stored).isEqualTo(link.withId(stored.id()));
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(stored.visits()).isZero();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void givenATakenCode_insert_returnsCodeTakenAndKeepsTheFirstLink() {
        Link first = insert("taken", user());

        InsertOutcome outcome = store().insert(newLink("taken", user()), Optional.empty());

        assertThat(outcome).isEqualTo(new CodeTaken());
        assertThat(store().findByCode(new ShortCode("taken"))).contains(first);
    }

    @Test
    void givenAHundredConcurrentInsertsOfOneCode_exactlyOneIsInserted() throws Exception {
        UserId owner = user();

        List<InsertOutcome> outcomes = concurrently(100, thread -> store().insert(newLink("race", owner), Optional.empty()));

        assertThat(outcomes).filteredOn(Inserted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(CodeTaken.class::isInstance).hasSize(99);
        Link winner = outcomes.stream().filter(Inserted.class::isInstance).map(Inserted.class::cast)
                .findFirst().orElseThrow().link();
        assertThat(store().findByCode(new ShortCode("race"))).contains(winner);
    }

    @Test
    void givenTheCurrentVersion_update_changesTheFieldsAndBumpsTheVersion() {
        Link stored = insert("first", user());
        Instant expiresAt = NOW.plusSeconds(900);

        Optional<Link> updated = store().update(changed(stored, "https://example.net/new", expiresAt), 1);

        Link expected = new Link(stored.id(), stored.code(), stored.owner(), new TargetUrl("https://example.net/new"),
                stored.createdAt(), Duration.ofMinutes(5), expiresAt, 7L, RedirectStatus.MOVED_PERMANENTLY, 0, 2);
        assertThat(updated).contains(expected);
        assertThat(store().findByCode(stored.code())).contains(expected);
    }

    @Test
    void givenAChangeThatRemovesExpiryAndLimit_update_storesThemAbsent() {
        Link stored = insert("first", user());
        Link open = new Link(stored.id(), stored.code(), stored.owner(), stored.target(), stored.createdAt(), null,
                null, null, stored.redirectStatus(), 0, 1);

        Link updated = store().update(open, 1).orElseThrow();

        assertThat(updated.expiry()).isEmpty();
        assertThat(updated.visitLimit()).isEmpty();
        assertThat(store().findByCode(stored.code())).contains(updated);
    }

    @Test
    void givenAStaleVersion_update_returnsEmptyAndChangesNothing() {
        Link stored = insert("first", user());
        store().update(changed(stored, "https://example.net/one", NOW), 1).orElseThrow();
        Link afterFirst = store().findByCode(stored.code()).orElseThrow();

        Optional<Link> stale = store().update(changed(stored, "https://example.net/two", NOW), 1);

        assertThat(stale).isEmpty();
        assertThat(store().findByCode(stored.code())).contains(afterFirst);
        assertThat(afterFirst.version()).isEqualTo(2);
    }

    @Test
    void givenADeletedLink_update_returnsEmpty() {
        Link stored = insert("first", user());
        store().delete(stored.id());

        assertThat(store().update(changed(stored, "https://example.net/", NOW), 1)).isEmpty();
        assertThat(store().findByCode(stored.code())).isEmpty();
    }

    @Test
    void givenAStoredLink_delete_removesItAndLeavesTheOthers() {
        UserId owner = user();
        Link stored = insert("first", owner);
        Link other = insert("other", owner);

        assertThat(store().delete(stored.id())).isTrue();

        assertThat(store().findByCode(stored.code())).isEmpty();
        assertThat(store().findByCode(other.code())).contains(other);
        assertThat(store().delete(stored.id())).isFalse();
    }

    @Test
    void givenADeletedLinksCode_insert_storesANewLinkWithANewId() {
        UserId owner = user();
        Link first = insert("reused", owner);
        store().delete(first.id());

        Link second = insert("reused", owner);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store().findByCode(new ShortCode("reused"))).contains(second);
    }

    @Test
    void givenAnUnknownId_delete_returnsFalse() {
        insert("first", user());

        assertThat(store().delete(new LinkId(999_999))).isFalse();
    }
}
