package dev.portico.bootstrap.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test-only: a request that stays in flight until the test lets it finish, for the shutdown drain. */
@Path("/api/v1/test-probe/held")
@Produces(MediaType.APPLICATION_JSON)
public class HeldRequestResource {

    private static volatile CountDownLatch entered = new CountDownLatch(1);
    private static volatile CountDownLatch release = new CountDownLatch(1);

    /** Fresh latches: the next request waits again. */
    public static void arm() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public static boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    public static void release() {
        release.countDown();
    }

    @GET
    public Map<String, String> hold() throws InterruptedException {
        entered.countDown();
        boolean released = release.await(30, TimeUnit.SECONDS);
        return Map.of("finished", released ? "released" : "gave up");
    }
}
