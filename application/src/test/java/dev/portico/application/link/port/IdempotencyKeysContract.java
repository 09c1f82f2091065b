package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.link.port.IdempotencyKeys.IdempotencyClaim;
import dev.portico.application.link.port.IdempotencyKeys.IdempotentCreation;
import dev.portico.application.link.port.LinkWriter.CodeTaken;
import dev.portico.application.link.port.LinkWriter.InsertOutcome;
import dev.portico.application.link.port.LinkWriter.Inserted;
import dev.portico.application.link.port.LinkWriter.KeyTaken;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link IdempotencyKeys} store must show, with the keys claimed by its
 * {@link LinkWriter#insert} in one step with their links: each store's test extends this.
 */
public abstract class IdempotencyKeysContract<T extends LinkLookup & LinkWriter & IdempotencyKeys>
        extends LinkContractSupport<T> {

    @Test
    void givenATakenCode_insertWithAClaim_storesNeitherLinkNorKey() {
        Link first = insert("taken", user());
        UserId other = user();

        InsertOutcome outcome = store().insert(newLink("taken", other), Optional.of(claim("key", NOW)));

        assertThat(outcome).isEqualTo(new CodeTaken());
        assertThat(store().findByCode(new ShortCode("taken"))).contains(first);
        assertThat(store().findByIdempotencyKey(other, "key", NOW.minus(WINDOW))).isEmpty();
    }

    @Test
    void givenAClaim_insert_storesTheKeyWithTheLinkAndTheRequestHash() {
        UserId owner = user();
        IdempotencyClaim claim = claim("key-1", NOW);

        Link stored = inserted(store().insert(newLink("keyed", owner), Optional.of(claim)));

        assertThat(store().findByIdempotencyKey(owner, "key-1", NOW.minus(WINDOW)))
                .contains(new IdempotentCreation(stored, claim.requestHash()));
    }

    @Test
    void givenAKeyStoredBeforeNotBefore_findByIdempotencyKey_returnsEmpty() {
        UserId owner = user();
        store().insert(newLink("keyed", owner), Optional.of(claim("key-1", NOW)));

        assertThat(store().findByIdempotencyKey(owner, "key-1", NOW)).isPresent();
        assertThat(store().findByIdempotencyKey(owner, "key-1", NOW.plusMillis(1))).isEmpty();
        assertThat(store().findByIdempotencyKey(owner, "key-2", NOW.minus(WINDOW))).isEmpty();
    }

    @Test
    void givenAKeyTheOwnerUsed_insertWithTheSameKey_returnsKeyTakenAndStoresNoSecondLink() {
        UserId owner = user();
        Link first = inserted(store().insert(newLink("first", owner), Optional.of(claim("key", NOW))));

        InsertOutcome again = store().insert(newLink("second", owner), Optional.of(claim("key", NOW.plusSeconds(1))));

        assertThat(again).isEqualTo(new KeyTaken());
        assertThat(store().findByCode(new ShortCode("second"))).isEmpty();
        assertThat(store().findByIdempotencyKey(owner, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(first);
    }

    @Test
    void givenAnotherOwnersKey_insertWithTheSameKey_storesTheLinkAndItsOwnKey() {
        UserId alice = user();
        UserId bob = user();
        Link alices = inserted(store().insert(newLink("alices", alice), Optional.of(claim("key", NOW))));

        Link bobs = inserted(store().insert(newLink("bobs", bob), Optional.of(claim("key", NOW))));

        assertThat(store().findByIdempotencyKey(alice, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(alices);
        assertThat(store().findByIdempotencyKey(bob, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(bobs);
    }

    @Test
    void givenAKeyOlderThanTheWindow_insertWithTheSameKey_replacesIt() {
        UserId owner = user();
        store().insert(newLink("old", owner), Optional.of(claim("key", NOW)));
        Instant later = NOW.plus(WINDOW).plusMillis(1);
        IdempotencyClaim fresh = claim("key", later);

        Link stored = inserted(store().insert(newLink("new", owner), Optional.of(fresh)));

        assertThat(store().findByIdempotencyKey(owner, "key", NOW))
                .contains(new IdempotentCreation(stored, fresh.requestHash()));
        assertThat(store().findByCode(new ShortCode("old"))).isPresent();
    }

    @Test
    void givenAKeyExactlyAsOldAsTheWindow_insertWithTheSameKey_returnsKeyTaken() {
        UserId owner = user();
        store().insert(newLink("old", owner), Optional.of(claim("key", NOW)));

        InsertOutcome outcome = store().insert(newLink("new", owner), Optional.of(claim("key", NOW.plus(WINDOW))));

        assertThat(outcome).isEqualTo(new KeyTaken());
        assertThat(store().findByCode(new ShortCode("new"))).isEmpty();
    }

    @Test
    void givenConcurrentInsertsWithOneOwnersKey_exactlyOneIsInserted() throws Exception {
        UserId owner = user();

        List<InsertOutcome> outcomes = concurrently(20,
                thread -> store().insert(newLink("code-" + thread, owner), Optional.of(claim("key", NOW))));

        assertThat(outcomes).filteredOn(Inserted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(KeyTaken.class::isInstance).hasSize(19);
        Link winner = outcomes.stream().filter(Inserted.class::isInstance).map(Inserted.class::cast)
                .findFirst().orElseThrow().link();
        assertThat(store().findByIdempotencyKey(owner, "key", NOW.minus(WINDOW)).orElseThrow().link()).isEqualTo(winner);
    }

    @Test
    void givenAStoredLink_delete_removesItsKey() {
        UserId owner = user();
        Link stored = inserted(store().insert(newLink("first", owner), Optional.of(claim("key", NOW))));

        store().delete(stored.id());

        assertThat(store().findByIdempotencyKey(owner, "key", NOW.minus(WINDOW))).isEmpty();
    }

    /**
     * A key goes with its link, as the SQLite cascade has it: a retry after the delete finds no first
     * answer to replay, so it creates a new link, which takes the key.
     */
    @Test
    void givenADeletedLinksKey_insertWithTheSameKey_storesANewLinkThatTheKeyThenFinds() {
        UserId owner = user();
        Link first = inserted(store().insert(newLink("first", owner), Optional.of(claim("key", NOW))));
        store().delete(first.id());
        IdempotencyClaim retry = claim("key", NOW.plusSeconds(1));

        Link second = inserted(store().insert(newLink("second", owner), Optional.of(retry)));

        assertThat(store().findByIdempotencyKey(owner, "key", NOW.minus(WINDOW)))
                .contains(new IdempotentCreation(second, retry.requestHash()));
    }

    @Test
    void givenKeysOfDifferentAges_deleteIdempotencyKeysBefore_forgetsOnlyTheOlderOnes() {
        UserId owner = user();
        Link old = inserted(store().insert(newLink("old", owner), Optional.of(claim("old-key", NOW))));
        Link recent = inserted(store().insert(newLink("recent", owner),
                Optional.of(claim("recent-key", NOW.plusSeconds(60)))));

        int deleted = store().deleteIdempotencyKeysBefore(NOW.plusSeconds(60));

        assertThat(deleted).isEqualTo(1);
        assertThat(store().findByIdempotencyKey(owner, "old-key", NOW.minus(WINDOW))).isEmpty();
        assertThat(store().findByIdempotencyKey(owner, "recent-key", NOW.minus(WINDOW)).orElseThrow().link())
                .isEqualTo(recent);
        assertThat(store().findByCode(old.code())).contains(old);
        assertThat(store().deleteIdempotencyKeysBefore(NOW.plusSeconds(60))).isZero();
    }
}
