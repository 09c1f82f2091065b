package dev.portico.bootstrap.cluster;

import java.util.concurrent.Callable;

/** Prints one {@code ok - } or {@code not ok - } line per check and the closing count. */
final class Report {

    private int passed;
    private int failed;

    /** Runs one check; its result is the measurement for the ok line. Never throws. */
    void check(String what, Callable<String> check) {
        String line;
        try {
            String measured = check.call();
            passed++;
            line = "ok - " + what + (measured == null || measured.isEmpty() ? "" : ": " + measured);
        } catch (CheckFailed expected) {
            failed++;
            line = "not ok - " + what + ": " + expected.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failed++;
            line = "not ok - " + what + ": interrupted";
        } catch (Exception | AssertionError unexpected) {
            failed++;
            line = "not ok - " + what + ": " + describe(unexpected);
        }
        System.out.println(line);
        System.out.flush();
    }

    boolean anyFailed() {
        return failed > 0;
    }

    void summary() {
        System.out.println(passed + " passed, " + failed + " failed");
    }

    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
