package dev.portico.bootstrap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.support.Accounts;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A clean shutdown says goodbye to every stream connection with 1001. */
class StreamShutdownTest {

    @Test
    void aCleanShutdown_closesStreamsWith1001() throws Exception {
        DropwizardTestSupport<PorticoConfiguration> app = new DropwizardTestSupport<>(TestApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("database.path", TestApps.temporaryDatabase().toString()));
        app.before();
        WsClient client;
        try {
            String token = new Accounts(new Http(app.getLocalPort())).newLoggedInUser().path("access_token").asText();
            client = WsClient.connect(app.getLocalPort(), token);
            assertThat(client.next().path("type").asText()).isEqualTo("welcome");
            client.send("{\"type\":\"subscribe\",\"symbols\":[\"CSCO\"]}");
            client.next("subscribed");
        } finally {
            app.after();
        }

        assertThat(client.closeCode(Duration.ofSeconds(5))).isEqualTo(1001);
    }
}
