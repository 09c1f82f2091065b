package dev.portico.bootstrap.cluster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The command line: {@code --proxy URL --instance URL --instance URL [--kill-pid PID]}.
 *
 * @param proxy the round-robin proxy in front of both instances
 * @param a1 the first instance, the one {@code killPid} names
 * @param a2 the second instance, the survivor
 * @param killPid the process of {@code a1}, killed with SIGKILL by the last check
 */
record Options(URI proxy, URI a1, URI a2, OptionalLong killPid) {

    static final String USAGE = "usage: ClusterCheck --proxy http://127.0.0.1:P --instance http://127.0.0.1:A1"
            + " --instance http://127.0.0.1:A2 [--kill-pid PID_OF_A1]";

    static Options parse(String[] args) {
        URI proxy = null;
        List<URI> instances = new ArrayList<>();
        OptionalLong killPid = OptionalLong.empty();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--proxy" -> proxy = base(value);
                case "--instance" -> instances.add(base(value));
                case "--kill-pid" -> killPid = OptionalLong.of(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (proxy == null || instances.size() != 2) {
            throw new IllegalArgumentException("need --proxy and exactly two --instance");
        }
        return new Options(proxy, instances.get(0), instances.get(1), killPid);
    }

    private static URI base(String text) {
        URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http URL: " + text);
        }
        return uri;
    }
}
