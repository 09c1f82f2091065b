package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link LinkLookup} must show, over links written through its {@link LinkWriter}:
 * each store's test and the redirect cache's extend this.
 */
public abstract class LinkLookupContract<T extends LinkLookup & LinkWriter> extends LinkContractSupport<T> {

    @Test
    void givenAStoredLink_findByCode_returnsEveryField() {
        Link stored = insert("first", user());

        assertThat(store().findByCode(new ShortCode("first"))).contains(stored);
    }

    @Test
    void givenALinkWithoutExpiryOrLimit_findByCode_returnsItWithoutThem() {
        NewLink open = new NewLink(new ShortCode("open"), user(), new TargetUrl("https://example.org/"), NOW, null,
                null, RedirectStatus.FOUND);

        Link stored = inserted(store().insert(open, Optional.empty()));

        assertThat(store().findByCode(open.code())).contains(stored);
        assertThat(stored.expiry()).isEmpty();
        assertThat(stored.visitLimit()).isEmpty();
    }

    @Test
    void givenAnUnknownCode_findByCode_returnsEmpty() {
        insert("first", user());

        assertThat(store().findByCode(new ShortCode("other"))).isEmpty();
    }

    @Test
    void givenCodesDifferingOnlyInCase_findByCode_tellsThemApart() {
        UserId owner = user();
        Link lower = insert("abc", owner);
        Link upper = insert("ABC", owner);

        assertThat(upper.id()).isNotEqualTo(lower.id());
        assertThat(store().findByCode(new ShortCode("abc"))).contains(lower);
        assertThat(store().findByCode(new ShortCode("ABC"))).contains(upper);
    }

    @Test
    void givenACodeLookedUpBeforeItsLinkWasInserted_findByCode_returnsTheLink() {
        UserId owner = user();
        assertThat(store().findByCode(new ShortCode("later"))).isEmpty();

        Link stored = insert("later", owner);

        assertThat(store().findByCode(new ShortCode("later"))).contains(stored);
    }
}
