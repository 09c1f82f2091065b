package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ALICE;
import static dev.portico.application.link.LinkFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.port.IdempotencyKeys;
import dev.portico.domain.error.CodeTaken;
import dev.portico.domain.error.DomainException;
import dev.portico.domain.error.IdempotencyKeyMalformed;
import dev.portico.domain.error.IdempotencyKeyReused;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShortenLinkTest {

    private static final String URL = "https://example.com/a/long/path?q=1";
    private static final ShortenCommand PLAIN = new ShortenCommand(URL, null, null, null, null);

    private final LinkFixture fixture = new LinkFixture();

    private Shortened shorten(ShortenCommand command) {
        return fixture.shorten.shorten(ALICE, command, Optional.empty());
    }

    private Shortened shorten(ShortenCommand command, String key) {
        return fixture.shorten.shorten(ALICE, command, Optional.of(key));
    }

    private static void assertMalformedKey(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(IdempotencyKeyMalformed.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.maxLength()).isEqualTo(64);
        });
    }

    private static void assertInvalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains(field));
    }

    @Test
    void withoutACustomCode_shorten_storesALinkWithAGeneratedCode() {
        Shortened shortened = shorten(PLAIN);

        Link link = shortened.link();
        assertThat(shortened.replayed()).isFalse();
        assertThat(link.code().value()).matches("[0-9A-Za-z]{7}");
        assertThat(link.owner()).isEqualTo(ALICE.userId());
        assertThat(link.target().value()).isEqualTo(URL);
        assertThat(link.createdAt()).isEqualTo(LinkFixture.START);
        assertThat(link.expiry()).isEmpty();
        assertThat(link.visitLimit()).isEmpty();
        assertThat(link.visits()).isZero();
        assertThat(link.version()).isEqualTo(1);
        assertThat(fixture.links.findByCode(link.code())).contains(link);
        assertThat(fixture.links.insertCalls()).isEqualTo(1);
    }

    @Test
    void givenACustomCodeAndEveryOption_shorten_storesThemAll() {
        Link link = shorten(new ShortenCommand(URL, "my-Link_1", 3_600L, 10L, 308)).link();

        assertThat(link.code()).isEqualTo(new ShortCode("my-Link_1"));
        assertThat(link.expiresIn()).isEqualTo(Duration.ofHours(1));
        assertThat(link.expiresAt()).isEqualTo(LinkFixture.START.plusSeconds(3_600));
        assertThat(link.maxVisits()).isEqualTo(10L);
        assertThat(link.redirectStatus()).isEqualTo(RedirectStatus.PERMANENT_REDIRECT);
    }

    @Test
    void givenNoRedirectStatus_shorten_usesTheConfiguredDefault() {
        assertThat(shorten(PLAIN).link().redirectStatus()).isEqualTo(RedirectStatus.FOUND);

        LinkFixture permanent = new LinkFixture(RedirectStatus.MOVED_PERMANENTLY, 10, 10);
        assertThat(permanent.shorten.shorten(ALICE, PLAIN, Optional.empty()).link().redirectStatus())
                .isEqualTo(RedirectStatus.MOVED_PERMANENTLY);
    }

    @Test
    void givenATakenCustomCode_shorten_conflictsOnCustomCode() {
        fixture.link(BOB, "taken");
        int before = fixture.links.insertCalls();

        assertThatThrownBy(() -> shorten(new ShortenCommand(URL, "taken", null, null, null)))
                .isInstanceOfSatisfying(CodeTaken.class, e -> {
                    assertThat(e.field()).contains("custom_code");
                    assertThat(e.code()).isEqualTo("taken");
                });
        assertThat(fixture.links.insertCalls()).as("a custom code is tried once").isEqualTo(before + 1);
        assertThat(fixture.links.size()).isEqualTo(1);
    }

    @Test
    void customCodesAreCaseSensitive() {
        fixture.link(BOB, "taken");

        assertThat(shorten(new ShortenCommand(URL, "Taken", null, null, null)).link().code().value())
                .isEqualTo("Taken");
    }

    @Test
    void givenGeneratedCodeCollisions_shorten_triesFreshCodesUntilOneIsFree() {
        fixture.links.reportCodeTakenForNext(7);

        Shortened shortened = shorten(PLAIN);

        assertThat(shortened.replayed()).isFalse();
        assertThat(fixture.links.insertCalls()).isEqualTo(8);
        assertThat(fixture.links.insertAttempts()).extracting(NewLink::code).doesNotHaveDuplicates();
        assertThat(fixture.links.size()).isEqualTo(1);
    }

    @Test
    void givenEightCollisions_shorten_givesUp() {
        fixture.links.reportCodeTakenForNext(8);

        assertThatThrownBy(() -> shorten(PLAIN)).isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(DomainException.class);
        assertThat(fixture.links.insertCalls()).isEqualTo(8);
        assertThat(fixture.links.size()).isZero();
    }

    @Test
    void givenEverythingInvalid_shorten_reportsTheUrlFirst() {
        assertInvalid(() -> shorten(new ShortenCommand("ftp://x", "a", 1L, 0L, 303)), TargetUrl.FIELD);
        assertInvalid(() -> shorten(new ShortenCommand(URL, "a", 1L, 0L, 303)), "custom_code");
        assertInvalid(() -> shorten(new ShortenCommand(URL, "abc", 1L, 0L, 303)), "expires_in");
        assertInvalid(() -> shorten(new ShortenCommand(URL, "abc", 60L, 0L, 303)), "max_visits");
        assertInvalid(() -> shorten(new ShortenCommand(URL, "abc", 60L, 1L, 303)), "redirect_status");
        assertThat(fixture.links.insertCalls()).isZero();
    }

    @Test
    void givenAnInvalidRequestAndAMalformedKey_shorten_reportsTheRequestFirst() {
        assertInvalid(() -> shorten(new ShortenCommand(null, null, null, null, null), ""), "url");
        assertMalformedKey(() -> shorten(PLAIN, ""), "");
    }

    @Test
    void givenATargetOnThisService_shorten_refusesTheUrl() {
        assertInvalid(() -> shorten(new ShortenCommand(LinkFixture.BASE + "/s/abc", null, null, null, null)), "url");
        assertInvalid(() -> shorten(new ShortenCommand("http://127.0.0.1/", null, null, null, null)), "url");
    }

    @Test
    void givenAReservedCustomCode_shorten_refusesIt() {
        assertInvalid(() -> shorten(new ShortenCommand(URL, "Admin", null, null, null)), "custom_code");
    }

    @Test
    void givenAKeyRetriedWithTheSameRequest_shorten_replaysTheFirstLink() {
        Shortened first = shorten(PLAIN, "key-1");
        fixture.clock.advance(Duration.ofHours(23));

        Shortened retry = shorten(PLAIN, "key-1");

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.link()).isEqualTo(first.link());
        assertThat(fixture.links.insertCalls()).isEqualTo(1);
        assertThat(fixture.links.size()).isEqualTo(1);
    }

    @Test
    void givenTheSameKeyFromAnotherUser_shorten_createsAnotherLink() {
        Link alices = shorten(PLAIN, "key-1").link();

        Shortened bobs = fixture.shorten.shorten(BOB, PLAIN, Optional.of("key-1"));

        assertThat(bobs.replayed()).isFalse();
        assertThat(bobs.link().id()).isNotEqualTo(alices.id());
    }

    @Test
    void givenAKeyOlderThanItsWindow_shorten_createsANewLink() {
        Link first = shorten(PLAIN, "key-1").link();
        fixture.clock.advance(IdempotencyKeys.IDEMPOTENCY_WINDOW.plusMillis(1));

        Shortened again = shorten(PLAIN, "key-1");

        assertThat(again.replayed()).isFalse();
        assertThat(again.link().id()).isNotEqualTo(first.id());
    }

    @Test
    void givenAKeyReusedWithAnotherRequest_shorten_conflictsOnTheKey() {
        shorten(PLAIN, "key-1");

        assertThatThrownBy(() -> shorten(new ShortenCommand(URL + "&other", null, null, null, null), "key-1"))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, e -> assertThat(e.key()).isEqualTo("key-1"));
        assertThat(fixture.links.insertCalls()).isEqualTo(1);
    }

    static Stream<ShortenCommand> oneFieldDiffers() {
        return Stream.of(
                new ShortenCommand(URL + "x", "code1", 600L, 5L, 301),
                new ShortenCommand(URL, "code2", 600L, 5L, 301),
                new ShortenCommand(URL, null, 600L, 5L, 301),
                new ShortenCommand(URL, "code1", 601L, 5L, 301),
                new ShortenCommand(URL, "code1", null, 5L, 301),
                new ShortenCommand(URL, "code1", 600L, 6L, 301),
                new ShortenCommand(URL, "code1", 600L, null, 301),
                new ShortenCommand(URL, "code1", 600L, 5L, 302),
                new ShortenCommand(URL, "code1", 600L, 5L, null));
    }

    @ParameterizedTest
    @MethodSource("oneFieldDiffers")
    void givenAKeyReusedWithOneFieldChanged_shorten_conflictsOnTheKey(ShortenCommand changed) {
        ShortenCommand original = new ShortenCommand(URL, "code1", 600L, 5L, 301);
        shorten(original, "key-1");

        assertThat(changed.canonical()).isNotEqualTo(original.canonical());
        assertThatThrownBy(() -> shorten(changed, "key-1"))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, e -> assertThat(e.key()).isEqualTo("key-1"));
    }

    @Test
    void theCanonicalForm_tellsNullFromAnyText() {
        assertThat(new ShortenCommand(URL, null, null, null, null).canonical())
                .isNotEqualTo(new ShortenCommand(URL, "null", null, null, null).canonical())
                .isNotEqualTo(new ShortenCommand(URL, "", null, null, null).canonical())
                .isEqualTo(new ShortenCommand(URL, null, null, null, null).canonical());
    }

    @Test
    void givenAKeyTakenByARacingRequest_shorten_returnsTheEarlierLink() {
        Link[] racer = new Link[1];
        fixture.links.beforeNextInsert(() -> racer[0] = fixture.shorten.shorten(ALICE, PLAIN, Optional.of("key-1")).link());

        Shortened shortened = shorten(PLAIN, "key-1");

        assertThat(shortened.replayed()).isTrue();
        assertThat(shortened.link()).isEqualTo(racer[0]);
        assertThat(fixture.links.size()).isEqualTo(1);
    }

    @Test
    void givenAKeyTakenByARacingRequestForAnotherLink_shorten_conflictsOnTheKey() {
        fixture.links.beforeNextInsert(() -> fixture.shorten.shorten(ALICE,
                new ShortenCommand(URL + "&racer", null, null, null, null), Optional.of("key-1")));

        assertThatThrownBy(() -> shorten(PLAIN, "key-1"))
                .isInstanceOfSatisfying(IdempotencyKeyReused.class, e -> assertThat(e.key()).isEqualTo("key-1"));
        assertThat(fixture.links.size()).isEqualTo(1);
    }

    @Test
    void givenACustomCodeTakenByARacingRequestWithTheSameKey_shorten_replaysIt() {
        ShortenCommand custom = new ShortenCommand(URL, "mine", null, null, null);
        Link[] racer = new Link[1];
        fixture.links.beforeNextInsert(() -> racer[0] = fixture.shorten.shorten(ALICE, custom, Optional.of("key-1")).link());

        Shortened shortened = shorten(custom, "key-1");

        assertThat(shortened.replayed()).isTrue();
        assertThat(shortened.link()).isEqualTo(racer[0]);
        assertThat(fixture.links.insertCalls()).isEqualTo(2);
    }

    @Test
    void givenACustomCodeTakenByARacingRequestWithAnotherKey_shorten_conflictsOnTheCode() {
        ShortenCommand custom = new ShortenCommand(URL, "mine", null, null, null);
        fixture.links.beforeNextInsert(() -> fixture.shorten.shorten(ALICE, custom, Optional.of("key-2")));

        assertThatThrownBy(() -> shorten(custom, "key-1"))
                .isInstanceOfSatisfying(CodeTaken.class, e -> assertThat(e.field()).contains("custom_code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "tab\there", "clé", "ключ", "emoji-\uD83D\uDE00", "del\u007F",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void givenAMalformedKey_shorten_refusesItOnTheKey(String key) {
        assertMalformedKey(() -> shorten(PLAIN, key), key);
        assertThat(fixture.links.insertCalls()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"k", "!~", "0123456789012345678901234567890123456789012345678901234567890123",
            "5f1c1e0a-7a5b-4a64-b3a5-1b2f0c6d9e11"})
    void givenAWellFormedKey_shorten_acceptsIt(String key) {
        assertThat(shorten(PLAIN, key).replayed()).isFalse();
    }
}
