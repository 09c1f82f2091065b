package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ADA;
import static dev.portico.application.link.LinkFixture.ALICE;
import static dev.portico.application.link.LinkFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.AdminOnly;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.link.Link;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListLinksTest {

    private final LinkFixture fixture = new LinkFixture();

    @BeforeEach
    void linksOfAliceAndBob() {
        fixture.link(ALICE, "aa1");   // id 1
        fixture.link(BOB, "bb2");     // id 2
        fixture.link(ALICE, "aa3");   // id 3
        fixture.link(ALICE, "aa4");   // id 4
        fixture.link(BOB, "bb5");     // id 5
        fixture.link(ALICE, "aa6");   // id 6
    }

    private static List<String> codes(ListLinks.Page page) {
        return page.links().stream().map(link -> link.code().value()).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void givenALimitOutOfRange_page_refusesItOnLimit(int limit) {
        assertThatThrownBy(() -> fixture.list.page(ALICE, false, Long.MAX_VALUE, limit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("limit"));
    }

    @Test
    void theLimitsAreInclusive() {
        assertThat(fixture.list.page(ALICE, false, Long.MAX_VALUE, 1).links()).hasSize(1);
        assertThat(fixture.list.page(ALICE, false, Long.MAX_VALUE, 100).links()).hasSize(4);
    }

    @Test
    void givenAllByANonAdmin_page_isForbidden() {
        assertThatThrownBy(() -> fixture.list.page(ALICE, true, Long.MAX_VALUE, 10))
                .isInstanceOfSatisfying(AdminOnly.class,
                        refused -> assertThat(refused.action()).isEqualTo(AdminOnly.Action.LIST_EVERY_OWNERS_LINKS));
    }

    @Test
    void page_givesTheCallersLinksNewestFirstWithTheIdToContinueBefore() {
        ListLinks.Page first = fixture.list.page(ALICE, false, Long.MAX_VALUE, 2);

        assertThat(codes(first)).containsExactly("aa6", "aa4");
        assertThat(first.nextBeforeId()).contains(4L);

        ListLinks.Page second = fixture.list.page(ALICE, false, first.nextBeforeId().orElseThrow(), 2);

        assertThat(codes(second)).containsExactly("aa3", "aa1");
        assertThat(second.nextBeforeId()).isEmpty();
    }

    @Test
    void givenFewerLinksThanTheLimit_page_hasNoNextBeforeId() {
        ListLinks.Page page = fixture.list.page(BOB, false, Long.MAX_VALUE, 3);

        assertThat(codes(page)).containsExactly("bb5", "bb2");
        assertThat(page.nextBeforeId()).isEmpty();
    }

    @Test
    void givenAllByAnAdmin_page_givesEveryOwnersLinks() {
        ListLinks.Page first = fixture.list.page(ADA, true, Long.MAX_VALUE, 4);

        assertThat(codes(first)).containsExactly("aa6", "bb5", "aa4", "aa3");
        assertThat(first.nextBeforeId()).contains(3L);
        assertThat(codes(fixture.list.page(ADA, true, 3, 4))).containsExactly("bb2", "aa1");
    }

    @Test
    void withoutAll_anAdmin_getsOnlyTheirOwnLinks() {
        Link own = fixture.link(ADA, "ad7");

        assertThat(fixture.list.page(ADA, false, Long.MAX_VALUE, 10).links()).containsExactly(own);
    }
}
