package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteWriterConcurrencyTest {

    private static final int THREADS = 8;
    private static final int TRANSACTIONS_PER_THREAD = 200;

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withTestSchema();
    private Jdbi writer;

    @BeforeEach
    void useTheSchemaWriter() {
        writer = database.schemaWriter();
    }

    /** Each transaction reads before it writes: the pattern that fails at once with SQLITE_BUSY under a deferred BEGIN. */
    private static void readThenWrite(Jdbi jdbi, int thread, int transaction) {
        jdbi.useTransaction(handle -> {
            int seen = handle.createQuery("SELECT n FROM event_count").mapTo(Integer.class).one();
            handle.execute("INSERT INTO events (payload) VALUES (?)", thread + ":" + transaction + " after " + seen);
        });
    }

    private void runConcurrently(IntFunction<Jdbi> writerForThread) throws Exception {
        Jdbi reader = database.reader();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Jdbi threadWriter = writerForThread.apply(thread);
                work.add(() -> {
                    for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                        readThenWrite(threadWriter, thread, i);
                    }
                    return null;
                });
            }
            Future<?> reads = pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    reader.useHandle(handle -> handle.createQuery("SELECT count(*) FROM events").mapTo(Integer.class).one());
                }
            });
            for (Future<Void> result : pool.invokeAll(work, 60, TimeUnit.SECONDS)) {
                result.get();
            }
            reads.cancel(true);
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void givenEightThreadsSharingTheOneWriterConnection_twoHundredTransactionsEach_allCommit() throws Exception {
        runConcurrently(thread -> writer);

        assertThat(count("SELECT count(*) FROM events")).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);
        assertThat(count("SELECT n FROM event_count")).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);
    }

    @Test
    void givenEightThreadsEachWithItsOwnWriterConnection_twoHundredTransactionsEach_allCommit() throws Exception {
        // Like the server and a CLI command writing at once: IMMEDIATE plus the busy timeout make them take turns.
        runConcurrently(thread -> database.writer());

        assertThat(count("SELECT count(*) FROM events")).isEqualTo(THREADS * TRANSACTIONS_PER_THREAD);
    }
}
