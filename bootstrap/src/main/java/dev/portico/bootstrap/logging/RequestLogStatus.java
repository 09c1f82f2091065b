package dev.portico.bootstrap.logging;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.core.status.Status;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * logback-access prints every status line of the request log (versions found, appenders attached)
 * raw on stdout at each start, which is noise to read and breaks a JSON-only log. This keeps it
 * quiet and passes on only what needs attention, its warnings and errors, through the application log.
 */
public final class RequestLogStatus {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLogStatus.class);

    private RequestLogStatus() {
    }

    public static void reportOnlyProblems(LifecycleEnvironment lifecycle) {
        lifecycle.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server && server.getRequestLog() instanceof RequestLogImpl requestLog) {
                    requestLog.setQuiet(true);
                }
            }

            @Override
            public void lifeCycleStarted(LifeCycle event) {
                if (event instanceof Server server && server.getRequestLog() instanceof RequestLogImpl requestLog) {
                    requestLog.getStatusManager().getCopyOfStatusList().stream()
                            .filter(status -> status.getLevel() >= Status.WARN)
                            .forEach(RequestLogStatus::report);
                }
            }
        });
    }

    private static void report(Status status) {
        if (status.getLevel() >= Status.ERROR) {
            LOG.error("Request log: {}", status.getMessage(), status.getThrowable());
        } else {
            LOG.warn("Request log: {}", status.getMessage(), status.getThrowable());
        }
    }
}
