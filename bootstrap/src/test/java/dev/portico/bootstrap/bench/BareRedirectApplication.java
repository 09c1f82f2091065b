package dev.portico.bootstrap.bench;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A reference for scripts/bench-redirect.sh: the cheapest redirect plain Dropwizard serves, one
 * Jersey resource answering every {@code GET /s/{code}} with the same 302 and nothing else (no
 * filters, lookup or visit counting). Not a test; run from the test classes:
 * {@code java -cp bootstrap/target/portico.jar:bootstrap/target/test-classes
 * dev.portico.bootstrap.bench.BareRedirectApplication server bare.yml}.
 */
public final class BareRedirectApplication extends Application<Configuration> {

    private static final URI TARGET = URI.create("https://example.com/");

    public static void main(String[] args) throws Exception {
        new BareRedirectApplication().run(args);
    }

    @Override
    public String getName() {
        return "bare-redirect";
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        environment.jersey().register(new FixedRedirect());
    }

    /** {@code GET /s/{code}}: always 302 to https://example.com/. */
    @Path("/s/{code}")
    public static final class FixedRedirect {

        @GET
        public Response redirect(@PathParam("code") String code) {
            return Response.status(Response.Status.FOUND).location(TARGET).build();
        }
    }
}
