package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.link.Link;
import dev.portico.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link LinkListing} must show, over links written through its {@link LinkWriter}. */
public abstract class LinkListingContract<T extends LinkWriter & LinkListing> extends LinkContractSupport<T> {

    @Test
    void givenLinksOfTwoOwners_listByOwner_pagesThroughOneOwnersNewestFirst() {
        UserId alice = user();
        UserId bob = user();
        Link a1 = insert("alice-1", alice);
        insert("bob-1", bob);
        Link a2 = insert("alice-2", alice);
        Link a3 = insert("alice-3", alice);
        insert("bob-2", bob);

        List<Link> firstPage = store().listByOwner(alice, Long.MAX_VALUE, 2);
        List<Link> secondPage = store().listByOwner(alice, firstPage.get(1).id().value(), 2);

        assertThat(firstPage).containsExactly(a3, a2);
        assertThat(secondPage).containsExactly(a1);
        assertThat(store().listByOwner(alice, a1.id().value(), 2)).isEmpty();
        assertThat(store().listByOwner(user(), Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void givenLinksOfTwoOwners_listAll_pagesThroughEveryLinkNewestFirst() {
        UserId alice = user();
        UserId bob = user();
        Link a1 = insert("alice-1", alice);
        Link b1 = insert("bob-1", bob);
        Link a2 = insert("alice-2", alice);

        assertThat(store().listAll(Long.MAX_VALUE, 2)).containsExactly(a2, b1);
        assertThat(store().listAll(b1.id().value(), 2)).containsExactly(a1);
        assertThat(store().listAll(Long.MAX_VALUE, 10)).containsExactly(a2, b1, a1);
    }

    @Test
    void givenADeletedLink_listByOwnerAndListAll_leaveItOut() {
        UserId owner = user();
        Link deleted = insert("deleted", owner);
        Link kept = insert("kept", owner);

        store().delete(deleted.id());

        assertThat(store().listByOwner(owner, Long.MAX_VALUE, 10)).containsExactly(kept);
        assertThat(store().listAll(Long.MAX_VALUE, 10)).containsExactly(kept);
    }

    @Test
    void givenATakenCode_insert_listsOnlyTheFirstLink() {
        Link first = insert("taken", user());

        store().insert(newLink("taken", user()), Optional.empty());

        assertThat(store().listAll(Long.MAX_VALUE, 10)).containsExactly(first);
    }
}
