package org.tsag.tracker.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LiveCacheTest {

    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean listening = new AtomicBoolean(true);
    private final AtomicInteger computed = new AtomicInteger();
    private final LiveCache<String, Integer> cache = new LiveCache<>(generation::get, listening::get, 4);

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void every_screen_gets_the_value_computed_after_the_last_change() {
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("b", this::compute)).isEqualTo(2);

        generation.incrementAndGet();

        assertThat(cache.get("a", this::compute)).isEqualTo(3);
        assertThat(cache.get("a", this::compute)).isEqualTo(3);
    }

    @Test
    void a_change_heard_of_while_computing_makes_the_value_stale_at_once() {
        assertThat(cache.get("a", () -> {
            generation.incrementAndGet(); // committed while the dashboard was being read
            return compute();
        })).isEqualTo(1);

        assertThat(cache.get("a", this::compute)).isEqualTo(2);
    }

    @Test
    void nothing_is_cached_while_the_node_does_not_listen_for_changes() {
        listening.set(false);

        assertThat(cache.get("a", this::compute)).isEqualTo(1);
        assertThat(cache.get("a", this::compute)).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_failed_computation_is_not_kept() {
        assertThatThrownBy(() -> cache.get("a", () -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cache.get("a", this::compute)).isEqualTo(1);
    }

    @Test
    void the_cache_holds_a_bounded_number_of_keys() {
        for (int i = 0; i < 10; i++) {
            cache.get("key" + i, this::compute);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void screens_that_ask_at_the_same_time_wait_for_one_computation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> first = pool.submit(() -> cache.get("a", () -> {
                started.countDown();
                await(release);
                return compute();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.get("a", this::compute)));
            }
            Thread.sleep(100);
            release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            for (Future<Integer> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_broadcaster_counts_a_change_before_it_delivers_it() throws Exception {
        ChangeBroadcaster broadcaster = new ChangeBroadcaster(java.time.Duration.ofMillis(10));
        try {
            AtomicLong seen = new AtomicLong(-1);
            CountDownLatch delivered = new CountDownLatch(1);
            broadcaster.register(changes -> {
                seen.set(broadcaster.generation());
                delivered.countDown();
            });
            long before = broadcaster.generation();

            broadcaster.publish(Change.everything());

            assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(seen.get()).isGreaterThan(before);
        } finally {
            broadcaster.destroy();
        }
    }
}
