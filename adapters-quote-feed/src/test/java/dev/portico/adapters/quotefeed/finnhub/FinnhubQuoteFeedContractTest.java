package dev.portico.adapters.quotefeed.finnhub;

import dev.portico.application.quote.port.QuoteFeedContract;
import dev.portico.domain.quote.Symbol;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;

/**
 * The Finnhub feed keeps the feed contract against a local stub of Finnhub's {@code /quote}: AAPL is
 * known, any other symbol gets Finnhub's all-zeros answer, and a down upstream answers 500.
 */
class FinnhubQuoteFeedContractTest extends QuoteFeedContract<FinnhubQuoteFeed> {

    private static final Symbol AAPL = new Symbol("AAPL");
    private static final String UNKNOWN_JSON = """
            {"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}""";

    private final MockWebServer server = new MockWebServer();
    private volatile boolean down;

    @Override
    protected FinnhubQuoteFeed newFeed() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (down) {
                    return FinnhubQuoteFeedTest.json(500, "{}");
                }
                boolean known = AAPL.value().equals(request.getUrl().queryParameter("symbol"));
                return FinnhubQuoteFeedTest.json(200, known ? FinnhubQuoteFeedTest.AAPL_JSON : UNKNOWN_JSON);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Clock clock = Clock.fixed(FinnhubQuoteFeedTest.AS_OF.plusSeconds(30), ZoneOffset.UTC);
        return new FinnhubQuoteFeed(server.url("/api/v1").uri(), FinnhubQuoteFeedTest.KEY, Duration.ofMillis(500), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected Symbol knownSymbol() {
        return AAPL;
    }

    @Override
    protected LocalDate tradingDay() {
        return LocalDate.ofInstant(FinnhubQuoteFeedTest.AS_OF, ZoneOffset.UTC);
    }

    @Override
    protected boolean takeUpstreamDown(FinnhubQuoteFeed feed) {
        down = true;
        return true;
    }
}
