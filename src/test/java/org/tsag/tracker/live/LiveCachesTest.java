package org.tsag.tracker.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The node's caches build what the screens will ask for before a change reaches them, each value as
 * the user who first asked for it, on builder threads that keep no user's context afterwards.
 */
class LiveCachesTest {

    private final ChangeBroadcaster broadcaster = new ChangeBroadcaster(Duration.ofMillis(10));
    private final SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    private final LiveCaches caches = new LiveCaches(broadcaster, () -> true, () -> strategy);

    @AfterEach
    void stop() {
        caches.destroy();
        broadcaster.destroy();
        strategy.clearContext();
    }

    private void signIn(Authentication authentication) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }

    @Test
    void each_value_is_built_again_before_the_delivery_as_the_user_who_first_asked() throws Exception {
        LiveCache<String, String> cache = caches.create(8);
        List<String> builtBy = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        java.util.function.Supplier<String> compute = () -> {
            Authentication who = strategy.getContext().getAuthentication();
            builtBy.add(who == null ? "nobody" : who.getName());
            threads.add(Thread.currentThread().getName());
            return "v" + builtBy.size();
        };
        signIn(new UsernamePasswordAuthenticationToken("staff@example.org", "n/a", AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        cache.get("internal", compute);
        strategy.clearContext();
        cache.get("public", compute);

        CountDownLatch delivered = new CountDownLatch(1);
        List<String> seenAtDelivery = new CopyOnWriteArrayList<>();
        broadcaster.register(changes -> {
            // the builders started before the delivery; the screen only waits for them
            seenAtDelivery.add(cache.get("internal", () -> "computed by the screen"));
            delivered.countDown();
        });
        broadcaster.publish(Change.everything());

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seenAtDelivery.getFirst()).isNotEqualTo("computed by the screen");
        waitFor(() -> builtBy.size() == 4);
        assertThat(builtBy.subList(0, 2)).containsExactly("staff@example.org", "nobody");
        // built again: the signed-in user as that user, the visitor who had no authentication as anonymous
        assertThat(builtBy.subList(2, 4)).containsExactlyInAnyOrder("staff@example.org", "anonymousUser");
        assertThat(threads.subList(2, 4)).allMatch(name -> name.startsWith("tracker-live-build-"));
    }

    @Test
    void a_builder_thread_keeps_no_context_after_a_build() throws Exception {
        LiveCache<String, String> cache = caches.create(8);
        List<String> built = new CopyOnWriteArrayList<>();
        signIn(new UsernamePasswordAuthenticationToken("staff@example.org", "n/a", AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        cache.get("a", () -> {
            built.add(Thread.currentThread().getName());
            return "a";
        });
        strategy.clearContext();
        broadcaster.publish(Change.everything());
        waitFor(() -> built.size() == 2);

        List<Authentication> after = new CopyOnWriteArrayList<>();
        CountDownLatch checked = new CountDownLatch(8);
        for (int i = 0; i < 8; i++) {
            caches.builders().execute(() -> {
                after.add(strategy.getContext().getAuthentication());
                checked.countDown();
            });
        }
        assertThat(checked.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(after).hasSize(8).containsOnlyNulls();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
