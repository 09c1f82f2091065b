package dev.portico.bootstrap.cluster;

/**
 * Drives the public flows of a two-instance cluster behind a round-robin proxy and prints one
 * {@code ok - } or {@code not ok - } line per check, then {@code N passed, M failed}; exits 1 when
 * any failed. Run by scripts/cluster-test.sh:
 *
 * <pre>
 * java -cp bootstrap/target/portico.jar:bootstrap/target/test-classes dev.portico.bootstrap.cluster.ClusterCheck \
 *   --proxy http://127.0.0.1:P --instance http://127.0.0.1:A1 --instance http://127.0.0.1:A2 --kill-pid PID_OF_A1
 * </pre>
 *
 * Requests go through the proxy unless a check is about the other instance. Each check makes its
 * own users, from client addresses of its own, so one failing leaves the others their budgets. The
 * last check kills A1 with SIGKILL. The instances must trust 127.0.0.1 as a proxy
 * ({@code rateLimits.trustedProxies}) and use the proxy's URL as {@code publicBaseUrl}.
 */
public final class ClusterCheck {

    private ClusterCheck() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Api api = new Api();
        Users users = new Users(api);
        AuthChecks auth = new AuthChecks(api, users, options);
        LinkChecks links = new LinkChecks(api, users, options);
        StreamChecks stream = new StreamChecks(api, users, options);
        Report report = new Report();
        System.out.println("# cluster check run " + users.run() + ": proxy " + options.proxy() + ", A1 " + options.a1()
                + ", A2 " + options.a2());
        report.check("1. register, login and /me through the proxy", auth::registerLoginMe);
        report.check("2. a link redirects from both instances and through the proxy", links::redirectsFromBoth);
        report.check("3a. an edit through A1 reaches A2 within 1 s", links::editSeenOnOther);
        report.check("3b. a delete through A2 reaches A1 within 1 s", links::deleteSeenOnOther);
        report.check("3c. a code A2 answered 404 for, created through A1, redirects on A2 at once",
                links::createdCodeSeenAtOnce);
        report.check("4. the login limit is shared: the 6th attempt from one address is 429", auth::sharedLoginLimit);
        report.check("5. max_visits 50 is exact under 2 instances x 8 threads, 200 follows", links::exactMaxVisits);
        report.check("6. logout-all through A1 refuses the older access token on A2 within 1 s", auth::logoutAllAcross);
        report.check("7. refresh-token reuse across instances revokes the family", auth::refreshReuseAcross);
        report.check("8a. the stream from both instances has equal seq for equal updates", stream::sameSeqOnBoth);
        report.check("8b. reconnecting from A1 to A2, seq never goes backwards", stream::reconnectNeverBackwards);
        report.check("8c. stream.maxConnectionsPerUser holds across instances", stream::connectionLimitAcross);
        report.check("9. kill -9 of A1 under write load: no acknowledged link lost, the proxy keeps serving",
                new FailoverCheck(api, users, options)::killUnderWriteLoad);
        report.summary();
        System.exit(report.anyFailed() ? 1 : 0);
    }
}
