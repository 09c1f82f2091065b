package dev.portico.application.quote.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link SnapshotStore} adapter must show. Each adapter's test class extends this and
 * supplies an empty store per test. Snapshots compare with {@code equals}, so a price must come back
 * with the scale it was stored with: 62.40 is not 62.4.
 */
public abstract class SnapshotStoreContract<T extends SnapshotStore> {

    private static final Symbol ACME = new Symbol("ACME");
    private static final Symbol OTHER = new Symbol("OTHR");
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private T store;

    protected abstract T newStore();

    @BeforeEach
    void startWithAnEmptyStore() {
        store = newStore();
    }

    private static DailySnapshot snapshot(Symbol symbol, LocalDate date, String close) {
        BigDecimal price = new BigDecimal(close);
        return new DailySnapshot(symbol, date, price, price.add(new BigDecimal("1.25")),
                price.subtract(new BigDecimal("0.75")), price, new BigDecimal("60.10"), 1_234_567L, "USD");
    }

    @Test
    void givenANewDay_insertIfAbsent_storesItAndReturnsTrue() {
        DailySnapshot first = snapshot(ACME, MONDAY, "62.40");

        assertThat(store.insertIfAbsent(first)).isTrue();

        assertThat(store.find(ACME, MONDAY)).contains(first);
    }

    @Test
    void givenAStoredDay_insertIfAbsent_returnsFalseAndKeepsTheFirstValues() {
        DailySnapshot first = snapshot(ACME, MONDAY, "62.40");
        store.insertIfAbsent(first);

        assertThat(store.insertIfAbsent(snapshot(ACME, MONDAY, "70.00"))).isFalse();

        assertThat(store.find(ACME, MONDAY)).contains(first);
    }

    @Test
    void givenAStoredDay_insertIfAbsentForAnotherSymbolOrDay_storesIt() {
        store.insertIfAbsent(snapshot(ACME, MONDAY, "62.40"));

        assertThat(store.insertIfAbsent(snapshot(OTHER, MONDAY, "10.00"))).isTrue();
        assertThat(store.insertIfAbsent(snapshot(ACME, MONDAY.plusDays(1), "63.00"))).isTrue();
    }

    @Test
    void givenANewDay_upsert_storesIt() {
        DailySnapshot first = snapshot(ACME, MONDAY, "62.40");

        store.upsert(first);

        assertThat(store.find(ACME, MONDAY)).contains(first);
    }

    @Test
    void givenAStoredDay_upsert_replacesEveryValue() {
        store.insertIfAbsent(snapshot(ACME, MONDAY, "62.40"));
        DailySnapshot replacement = new DailySnapshot(ACME, MONDAY, new BigDecimal("70.000"),
                new BigDecimal("72.5"), new BigDecimal("69"), new BigDecimal("71.10"), new BigDecimal("62.40"), 9L,
                "EUR");

        store.upsert(replacement);

        assertThat(store.find(ACME, MONDAY)).contains(replacement);
        assertThat(store.between(ACME, MONDAY, MONDAY)).containsExactly(replacement);
    }

    @Test
    void givenTwentyThreadsInsertingTheSameDay_insertIfAbsent_returnsTrueForExactlyOne() throws Exception {
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                DailySnapshot candidate = snapshot(ACME, MONDAY, (60 + i) + ".00");
                Callable<Boolean> task = () -> {
                    start.await();
                    return store.insertIfAbsent(candidate);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce(true);
            assertThat(results).filteredOn(inserted -> !inserted).hasSize(threads - 1);
            assertThat(store.between(ACME, MONDAY, MONDAY)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenNothingStored_find_returnsEmpty() {
        assertThat(store.find(ACME, MONDAY)).isEmpty();
    }

    @Test
    void givenAnotherSymbolOrDayStored_find_returnsEmpty() {
        store.insertIfAbsent(snapshot(ACME, MONDAY, "62.40"));

        assertThat(store.find(OTHER, MONDAY)).isEmpty();
        assertThat(store.find(ACME, MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void givenSeveralDays_between_returnsThoseInsideBothBoundsOldestFirst() {
        List<DailySnapshot> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(snapshot(ACME, MONDAY.plusDays(i), (60 + i) + ".00"));
        }
        // Stored out of order, so the result's order comes from the store and not from insertion.
        for (int i : new int[] {3, 0, 4, 1, 2}) {
            store.upsert(days.get(i));
        }
        store.upsert(snapshot(OTHER, MONDAY.plusDays(2), "10.00"));

        assertThat(store.between(ACME, MONDAY.plusDays(1), MONDAY.plusDays(3)))
                .containsExactly(days.get(1), days.get(2), days.get(3));
        assertThat(store.between(ACME, MONDAY.minusDays(10), MONDAY.plusDays(10))).containsExactlyElementsOf(days);
    }

    @Test
    void givenOneDayBounds_between_returnsThatDay() {
        DailySnapshot only = snapshot(ACME, MONDAY, "62.40");
        store.upsert(only);

        assertThat(store.between(ACME, MONDAY, MONDAY)).containsExactly(only);
    }

    @Test
    void givenARangeWithNothingInIt_between_returnsEmpty() {
        store.upsert(snapshot(ACME, MONDAY, "62.40"));
        store.upsert(snapshot(OTHER, MONDAY.plusDays(7), "10.00"));

        assertThat(store.between(ACME, MONDAY.plusDays(1), MONDAY.plusDays(30))).isEmpty();
        assertThat(store.between(OTHER, MONDAY, MONDAY.plusDays(6))).isEmpty();
        assertThat(store.between(new Symbol("NONE"), MONDAY, MONDAY.plusDays(30))).isEmpty();
    }

    @Test
    void givenBoundsTheWrongWayRound_between_returnsEmpty() {
        store.upsert(snapshot(ACME, MONDAY, "62.40"));

        assertThat(store.between(ACME, MONDAY.plusDays(1), MONDAY.minusDays(1))).isEmpty();
    }

    @Test
    void givenPricesWithTrailingZerosAndManyDigits_theyComeBackWithTheirScale() {
        DailySnapshot exact = new DailySnapshot(ACME, MONDAY, new BigDecimal("62.40"), new BigDecimal("100.000"),
                new BigDecimal("0.0001"), new BigDecimal("99.12345678901234567890"), new BigDecimal("60.1"),
                0L, "USD");

        store.insertIfAbsent(exact);

        DailySnapshot found = store.find(ACME, MONDAY).orElseThrow();
        assertThat(found).isEqualTo(exact);
        assertThat(found.open().scale()).isEqualTo(2);
        assertThat(found.open().toPlainString()).isEqualTo("62.40");
        assertThat(found.high().toPlainString()).isEqualTo("100.000");
        assertThat(found.low().toPlainString()).isEqualTo("0.0001");
        assertThat(found.close().toPlainString()).isEqualTo("99.12345678901234567890");
        assertThat(found.previousClose().toPlainString()).isEqualTo("60.1");
    }

    @Test
    void givenSymbolsWithAShareClass_theyAreStoredApartFromTheRootAndFromEachOther() {
        Symbol classA = new Symbol("BRK.A");
        Symbol classB = new Symbol("BRK.B");
        Symbol root = new Symbol("BRK");
        DailySnapshot b = snapshot(classB, MONDAY, "410.55");
        DailySnapshot a = snapshot(classA, MONDAY, "615000.00");

        assertThat(store.insertIfAbsent(b)).isTrue();
        assertThat(store.insertIfAbsent(a)).isTrue();

        assertThat(store.find(classB, MONDAY)).contains(b);
        assertThat(store.find(classA, MONDAY)).contains(a);
        assertThat(store.find(root, MONDAY)).isEmpty();
        assertThat(store.between(classB, MONDAY, MONDAY)).containsExactly(b);
        assertThat(store.find(classB, MONDAY).map(DailySnapshot::symbol)).isEqualTo(Optional.of(classB));
    }
}
