package dev.portico.application.support;

import dev.portico.application.quote.port.QuoteFeedOverFakeContract;

/** The use case tests' fake feed keeps the promises of the real ones. */
class FakeQuoteFeedTest extends QuoteFeedOverFakeContract<FakeQuoteFeed> {

    @Override
    protected FakeQuoteFeed over(FakeQuoteFeed upstream) {
        return upstream;
    }
}
