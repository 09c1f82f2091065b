package dev.portico.application.quote;

import static dev.portico.application.quote.QuoteFixture.AAPL;
import static dev.portico.application.quote.QuoteFixture.BRK_B;
import static dev.portico.application.quote.QuoteFixture.CSCO;
import static dev.portico.application.quote.QuoteFixture.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.UnknownSymbol;
import org.junit.jupiter.api.Test;

class GetQuoteTest {

    private final FakeQuoteFeed feed = new FakeQuoteFeed();
    private final GetQuote getQuote = new GetQuote(feed);

    @Test
    void givenAKnownSymbol_get_answersTheFeedsQuote() {
        FeedQuote csco = quote(CSCO, "51.25");
        feed.put(csco).put(quote(BRK_B, "480.00"));

        assertThat(getQuote.get(CSCO)).isEqualTo(csco);
        assertThat(feed.quoteRequests()).containsExactly(CSCO);
    }

    @Test
    void givenAnUnknownSymbol_get_isNotFound() {
        feed.put(quote(CSCO, "51.25"));

        assertThatThrownBy(() -> getQuote.get(AAPL))
                .isInstanceOfSatisfying(UnknownSymbol.class, unknown -> assertThat(unknown.symbol()).isEqualTo("AAPL"));
    }

    @Test
    void givenTheFeedDown_get_letsUnavailablePropagate() {
        feed.put(quote(CSCO, "51.25"));
        feed.failAll();

        assertThatThrownBy(() -> getQuote.get(CSCO))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        down -> assertThat(down.retryAfter()).isEqualTo(FakeQuoteFeed.RETRY_AFTER));
    }

    @Test
    void givenTheFeedDownForThatSymbolOnly_get_isUnavailableForItAlone() {
        feed.put(quote(CSCO, "51.25")).put(quote(BRK_B, "480.00"));
        feed.failFor(BRK_B);

        assertThatThrownBy(() -> getQuote.get(BRK_B)).isInstanceOf(FeedUnavailable.class);
        assertThat(getQuote.get(CSCO).quote().symbol()).isEqualTo(CSCO);
    }
}
