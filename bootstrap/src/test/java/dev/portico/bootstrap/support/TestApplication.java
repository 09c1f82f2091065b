package dev.portico.bootstrap.support;

import dev.portico.application.support.MutableClock;
import dev.portico.bootstrap.PorticoApplication;
import dev.portico.bootstrap.PorticoConfiguration;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The real application, with a test secret, a clock tests can move, and test-only endpoints: body parsing, refusals, and a request held in flight. */
public class TestApplication extends PorticoApplication {

    public static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    /** The application's clock: the system time plus what tests advance it by; reset after each test that moves it. */
    public static final MutableClock CLOCK = MutableClock.running();

    public TestApplication() {
        this(Map.of());
    }

    /** With more environment variables than the test secret, e.g. {@code PORTICO_DB_PASSWORD}. */
    public TestApplication(Map<String, String> environmentVariables) {
        super(withSecret(environmentVariables));
    }

    private static Map<String, String> withSecret(Map<String, String> environmentVariables) {
        Map<String, String> all = new HashMap<>(environmentVariables);
        all.put("JWT_SECRET", JWT_SECRET);
        return all;
    }

    @Override
    protected Clock clock() {
        return CLOCK;
    }

    @Override
    public void run(PorticoConfiguration configuration, Environment environment) {
        super.run(configuration, environment);
        environment.jersey().register(new ProbeResource());
        environment.servlets().addServlet("test-send-error", new SendErrorServlet()).addMapping(SendErrorServlet.PATH + "/*");
        environment.jersey().register(new HeldRequestResource());
    }
}
