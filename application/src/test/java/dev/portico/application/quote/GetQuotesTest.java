package dev.portico.application.quote;

import static dev.portico.application.quote.QuoteFixture.AAPL;
import static dev.portico.application.quote.QuoteFixture.BRK_B;
import static dev.portico.application.quote.QuoteFixture.CSCO;
import static dev.portico.application.quote.QuoteFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetQuotesTest {

    private final FakeQuoteFeed feed = new FakeQuoteFeed();
    private final GetQuotes getQuotes = new GetQuotes(feed);

    @Test
    void givenKnownAndUnknownSymbols_get_answersTheKnownAndListsTheOthersAsAsked() {
        FeedQuote csco = quote(CSCO, "51.25");
        FeedQuote brk = quote(BRK_B, "480.00");
        feed.put(csco).put(brk);

        GetQuotes.Batch batch = getQuotes.get(List.of("csco", "nope", "brk-b", " zzz "));

        assertThat(batch.items()).containsExactly(new GetQuotes.Item("csco", csco), new GetQuotes.Item("brk-b", brk));
        assertThat(batch.notFound()).containsExactly("nope", " zzz ");
        assertThat(batch.unavailable()).isEmpty();
    }

    @Test
    void givenOneSymbolInSeveralSpellings_get_asksAndAnswersItOnce() {
        FeedQuote brk = quote(BRK_B, "480.00");
        feed.put(brk);

        GetQuotes.Batch batch = getQuotes.get(List.of("BRK.B", "brk-b", "Brk/B", "AAPL", "aapl"));

        assertThat(batch.items()).containsExactly(new GetQuotes.Item("BRK.B", brk));
        assertThat(batch.notFound()).containsExactly("AAPL");
        assertThat(feed.quoteRequests()).containsExactly(BRK_B, AAPL);
    }

    @Test
    void givenFiftySymbols_get_answersThemAll() {
        List<String> fifty = tickers(50);
        fifty.forEach(ticker -> feed.put(quote(Symbol.parse(ticker), "10.00")));

        GetQuotes.Batch batch = getQuotes.get(fifty);

        assertThat(batch.items()).extracting(GetQuotes.Item::requested).containsExactlyElementsOf(fifty);
        assertThat(feed.quoteCalls()).isEqualTo(50);
    }

    @Test
    void givenFiftyOneSymbols_get_refusesOnFieldSymbolsWithoutAskingTheFeed() {
        assertThatThrownBy(() -> getQuotes.get(tickers(51)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("symbols");
                    assertThat(error.getMessage()).contains("50").contains("51");
                });
        assertThat(feed.quoteCalls()).isZero();
    }

    @Test
    void givenNoSymbols_get_refusesOnFieldSymbols() {
        assertThatThrownBy(() -> getQuotes.get(List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("symbols"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSCO1", "BRK.BBB", "TOOLONG", "ÄPPL"})
    void givenOneInvalidSymbol_get_refusesTheBatchOnFieldSymbolsNamingIt(String invalid) {
        feed.put(quote(CSCO, "51.25"));

        assertThatThrownBy(() -> getQuotes.get(List.of("CSCO", " " + invalid + " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("symbols");
                    assertThat(error.getMessage()).isEqualTo("Invalid ticker symbol '" + invalid + "'");
                });
        assertThat(feed.quoteCalls()).isZero();
    }

    @Test
    void givenABlankEntry_get_refusesOnFieldSymbols() {
        assertThatThrownBy(() -> getQuotes.get(List.of("CSCO", "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("symbols"));
    }

    @Test
    void givenANullEntry_get_refusesOnFieldSymbols() {
        assertThatThrownBy(() -> getQuotes.get(Arrays.asList("CSCO", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("symbols"));
    }

    @Test
    void givenOneSymbolUnavailable_get_listsItAndAnswersTheOthers() {
        FeedQuote csco = quote(CSCO, "51.25");
        feed.put(csco).put(quote(BRK_B, "480.00"));
        feed.failFor(BRK_B);

        GetQuotes.Batch batch = getQuotes.get(List.of("CSCO", "brk/b", "NOPE"));

        assertThat(batch.items()).containsExactly(new GetQuotes.Item("CSCO", csco));
        assertThat(batch.notFound()).containsExactly("NOPE");
        assertThat(batch.unavailable()).containsExactly("brk/b");
    }

    @Test
    void givenSomeUnavailableAndTheRestUnknown_get_answersWithoutItems() {
        feed.failFor(BRK_B);

        GetQuotes.Batch batch = getQuotes.get(List.of("BRK.B", "NOPE"));

        assertThat(batch.items()).isEmpty();
        assertThat(batch.notFound()).containsExactly("NOPE");
        assertThat(batch.unavailable()).containsExactly("BRK.B");
    }

    @Test
    void givenEverySymbolUnavailable_get_isUnavailable() {
        feed.put(quote(CSCO, "51.25")).put(quote(BRK_B, "480.00"));
        feed.failAll();

        assertThatThrownBy(() -> getQuotes.get(List.of("CSCO", "BRK-B")))
                .isInstanceOf(FeedUnavailable.class);
        assertThat(feed.quoteCalls()).isEqualTo(2);
    }

    @Test
    void givenABatch_itsLists_areUnmodifiable() {
        feed.put(quote(CSCO, "51.25"));

        GetQuotes.Batch batch = getQuotes.get(List.of("CSCO", "NOPE"));

        assertThatThrownBy(() -> batch.notFound().add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> batch.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** {@code count} distinct valid tickers: A, B, ..., Z, AA, AB, ... */
    private static List<String> tickers(int count) {
        List<String> tickers = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> tickers.add(i < 26
                ? String.valueOf((char) ('A' + i))
                : "A" + (char) ('A' + i - 26)));
        return tickers;
    }
}
