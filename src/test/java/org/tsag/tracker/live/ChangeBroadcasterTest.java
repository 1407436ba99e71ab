package org.tsag.tracker.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-JVM broadcaster: coalescing window, unsubscribing, isolation of subscribers, many publishers. */
class ChangeBroadcasterTest {

    private final ChangeBroadcaster broadcaster = new ChangeBroadcaster(Duration.ofMillis(150));

    @AfterEach
    void stop() {
        broadcaster.destroy();
    }

    private static Change item(long id) {
        return Change.ofItem("status_event", "INSERT", id, "P" + (id % 3));
    }

    @Test
    void a_burst_of_300_changes_reaches_each_subscriber_as_one_change_set() throws Exception {
        BlockingQueue<ChangeSet> first = new LinkedBlockingQueue<>();
        BlockingQueue<ChangeSet> second = new LinkedBlockingQueue<>();
        broadcaster.register(first::add);
        broadcaster.register(second::add);

        IntStream.rangeClosed(1, 300).forEach(id -> broadcaster.publish(item(id)));

        ChangeSet delivered = first.poll(5, TimeUnit.SECONDS);
        assertThat(delivered).isNotNull();
        assertThat(delivered.size()).isEqualTo(300);
        assertThat(delivered.items()).hasSize(300);
        assertThat(delivered.plans()).containsExactlyInAnyOrder("P0", "P1", "P2");
        assertThat(second.poll(5, TimeUnit.SECONDS)).isSameAs(delivered);
        // nothing else follows: one refresh per screen
        assertThat(first.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(second.poll(10, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void no_screen_waits_longer_than_the_window_even_while_changes_keep_coming() throws Exception {
        BlockingQueue<Instant> deliveries = new LinkedBlockingQueue<>();
        broadcaster.register(changes -> deliveries.add(Instant.now()));
        Instant start = Instant.now();
        // a steady stream for 600 ms: a trailing debounce would wait for it to stop
        while (Duration.between(start, Instant.now()).toMillis() < 600) {
            broadcaster.publish(item(1));
            Thread.sleep(20);
        }
        Instant firstDelivery = deliveries.poll(5, TimeUnit.SECONDS);
        assertThat(firstDelivery).isNotNull();
        assertThat(Duration.between(start, firstDelivery)).isLessThan(Duration.ofMillis(450));
    }

    @Test
    void changes_after_the_window_make_a_second_change_set() throws Exception {
        BlockingQueue<ChangeSet> received = new LinkedBlockingQueue<>();
        broadcaster.register(received::add);
        broadcaster.publish(item(1));
        assertThat(received.poll(5, TimeUnit.SECONDS).items()).containsExactly(1L);
        broadcaster.publish(item(2));
        assertThat(received.poll(5, TimeUnit.SECONDS).items()).containsExactly(2L);
    }

    @Test
    void a_lone_change_is_not_held_for_the_window_and_the_next_one_waits_for_the_window() throws Exception {
        ChangeBroadcaster slow = new ChangeBroadcaster(Duration.ofSeconds(2));
        try {
            BlockingQueue<Instant> deliveries = new LinkedBlockingQueue<>();
            slow.register(changes -> deliveries.add(Instant.now()));
            Instant start = Instant.now();
            slow.publish(item(1));
            Instant first = deliveries.poll(5, TimeUnit.SECONDS);
            assertThat(Duration.between(start, first)).isLessThan(Duration.ofMillis(1000));

            slow.publish(item(2));
            Instant second = deliveries.poll(5, TimeUnit.SECONDS);
            // at most one batch per window
            assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        } finally {
            slow.destroy();
        }
    }

    @Test
    void the_hooks_run_before_the_subscribers_get_the_batch() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch delivered = new CountDownLatch(1);
        broadcaster.beforeDelivery(changes -> order.add("hook"));
        broadcaster.register(changes -> {
            order.add("subscriber");
            delivered.countDown();
        });
        broadcaster.publish(item(1));
        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("hook", "subscriber");
    }

    @Test
    void a_removed_subscription_gets_nothing_more() throws Exception {
        BlockingQueue<ChangeSet> kept = new LinkedBlockingQueue<>();
        List<ChangeSet> removed = new CopyOnWriteArrayList<>();
        broadcaster.register(kept::add);
        Registration registration = broadcaster.register(removed::add);
        assertThat(broadcaster.subscribers()).isEqualTo(2);

        registration.remove();
        registration.remove();
        assertThat(broadcaster.subscribers()).isEqualTo(1);
        broadcaster.publish(item(7));

        assertThat(kept.poll(5, TimeUnit.SECONDS)).isNotNull();
        Thread.sleep(100);
        assertThat(removed).isEmpty();
    }

    @Test
    void a_failing_subscriber_does_not_keep_the_others_from_their_update() throws Exception {
        BlockingQueue<ChangeSet> healthy = new LinkedBlockingQueue<>();
        broadcaster.register(changes -> {
            throw new IllegalStateException("a broken screen");
        });
        broadcaster.register(healthy::add);
        broadcaster.publish(item(3));
        assertThat(healthy.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void publishing_from_many_threads_loses_no_change() throws Exception {
        Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        broadcaster.register(changes -> seen.addAll(changes.items()));
        int threads = 8;
        int perThread = 200;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> publishers = IntStream.range(0, threads).mapToObj(t -> Thread.ofPlatform().start(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < perThread; i++) {
                broadcaster.publish(item((long) t * perThread + i));
            }
        })).toList();
        go.countDown();
        for (Thread publisher : publishers) {
            publisher.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (seen.size() < threads * perThread && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(seen).hasSize(threads * perThread);
    }

    @Test
    void subscribing_from_a_delivery_is_safe() throws Exception {
        BlockingQueue<ChangeSet> late = new LinkedBlockingQueue<>();
        CountDownLatch first = new CountDownLatch(1);
        broadcaster.register(changes -> {
            broadcaster.register(late::add);
            first.countDown();
        });
        broadcaster.publish(item(1));
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        broadcaster.publish(item(2));
        assertThat(late.poll(5, TimeUnit.SECONDS).items()).contains(2L);
    }
}
