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
    private static final ChangeSet CHANGE = ChangeSet.of(Change.ofItem("status_event", "INSERT", 7, "P"));

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
    void after_a_change_the_keys_in_use_are_built_ahead_and_the_screens_only_read_them() {
        List<Runnable> queued = new ArrayList<>();
        cache.get("a", this::compute);
        generation.incrementAndGet();

        cache.refresh(queued::add, CHANGE);

        assertThat(queued).hasSize(1);
        queued.getFirst().run();
        assertThat(computed).hasValue(2);
        // the screen gets the value built ahead, without computing
        assertThat(cache.get("a", () -> {
            throw new AssertionError("built ahead, not by the screen");
        })).isEqualTo(2);
    }

    @Test
    void a_key_that_no_screen_read_since_it_was_built_is_dropped_not_built_again() {
        List<Runnable> queued = new ArrayList<>();
        cache.get("a", this::compute);
        generation.incrementAndGet();
        cache.refresh(queued::add, CHANGE);
        queued.forEach(Runnable::run);
        generation.incrementAndGet();
        queued.clear();

        // nobody asked for "a" after the first change
        cache.refresh(queued::add, CHANGE);

        assertThat(queued).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_screen_that_asks_before_the_builder_starts_computes_the_value_itself_once() {
        List<Runnable> queued = new ArrayList<>();
        cache.get("a", this::compute);
        generation.incrementAndGet();
        cache.refresh(queued::add, CHANGE);

        assertThat(cache.get("a", this::compute)).isEqualTo(2);
        // the queued task finds the value computed and does nothing
        queued.forEach(Runnable::run);
        assertThat(computed).hasValue(2);
        assertThat(cache.get("a", this::compute)).isEqualTo(2);
    }

    @Test
    void a_value_built_ahead_runs_in_the_context_of_the_caller_that_first_asked() {
        List<String> contexts = new ArrayList<>();
        ThreadLocal<String> user = new ThreadLocal<>();
        CallerContext callers = () -> {
            String caller = user.get();
            return new CallerContext.Caller() {
                @Override
                public <V> V call(java.util.function.Supplier<V> work) {
                    user.set(caller);
                    try {
                        return work.get();
                    } finally {
                        user.remove();
                    }
                }
            };
        };
        LiveCache<String, Integer> bound = new LiveCache<>(generation::get, listening::get, callers, 4);
        user.set("alice");
        bound.get("internal", () -> {
            contexts.add(user.get());
            return compute();
        });
        user.remove();
        generation.incrementAndGet();
        List<Runnable> queued = new ArrayList<>();

        bound.refresh(queued::add, CHANGE);
        queued.forEach(Runnable::run);

        assertThat(contexts).containsExactly("alice", "alice");
    }

    @Test
    void a_failed_ahead_build_leaves_the_value_to_the_screen() {
        List<Runnable> queued = new ArrayList<>();
        AtomicBoolean fail = new AtomicBoolean();
        cache.get("a", () -> {
            if (fail.get()) {
                throw new IllegalStateException("database gone");
            }
            return compute();
        });
        generation.incrementAndGet();
        fail.set(true);
        cache.refresh(queued::add, CHANGE);
        queued.forEach(Runnable::run);

        assertThat(cache.get("a", this::compute)).isEqualTo(2);
    }

    @Test
    void nothing_is_built_ahead_while_the_node_does_not_listen() {
        List<Runnable> queued = new ArrayList<>();
        cache.get("a", this::compute);
        generation.incrementAndGet();
        listening.set(false);

        cache.refresh(queued::add, CHANGE);

        assertThat(queued).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_value_with_an_update_is_brought_up_to_date_from_the_previous_one_with_the_changes() {
        List<Runnable> queued = new ArrayList<>();
        List<ChangeSet> seen = new ArrayList<>();
        java.util.function.BiFunction<Integer, ChangeSet, java.util.Optional<Integer>> update = (previous, changes) -> {
            seen.add(changes);
            return java.util.Optional.of(previous + 100);
        };
        cache.get("a", this::compute, update);
        generation.incrementAndGet();

        cache.refresh(queued::add, CHANGE);
        queued.forEach(Runnable::run);

        assertThat(cache.get("a", this::compute, update)).isEqualTo(101);
        assertThat(seen).containsExactly(CHANGE);
        assertThat(computed).hasValue(1);
    }

    @Test
    void an_update_that_cannot_tell_leaves_it_to_a_full_computation() {
        List<Runnable> queued = new ArrayList<>();
        cache.get("a", this::compute, (previous, changes) -> java.util.Optional.empty());
        generation.incrementAndGet();

        cache.refresh(queued::add, CHANGE);
        queued.forEach(Runnable::run);

        assertThat(cache.get("a", this::compute)).isEqualTo(2);
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
