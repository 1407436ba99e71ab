package org.tsag.tracker.dashboard.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The bytes of the dashboard's chart images, shared by every session of this node that shows the
 * same chart: hundreds of open dashboards of one study period draw identical SVGs, and each kept
 * its own copy for the image's download handler (docs/perf-sessions.md). Identical content, found
 * by its SHA-256, is handed out as one array. The cache is bounded ({@value #MAX_ENTRIES} charts,
 * {@value #MAX_BYTES} bytes, least recently used first out); a session keeps its array when it
 * leaves the cache, so eviction only ends the sharing for sessions that open later.
 */
@Component
class ChartImages {

    static final int MAX_ENTRIES = 64;
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final Map<String, byte[]> byHash = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** The UTF-8 bytes of {@code svg}; the same array for the same content while it is in the cache. */
    byte[] share(String svg) {
        byte[] fresh = svg.getBytes(StandardCharsets.UTF_8);
        String key = hash(fresh);
        synchronized (byHash) {
            byte[] known = byHash.get(key);
            if (known != null) {
                return known;
            }
            if (fresh.length > MAX_BYTES) {
                return fresh;
            }
            byHash.put(key, fresh);
            bytes += fresh.length;
            var eldest = byHash.entrySet().iterator();
            while ((byHash.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
                bytes -= eldest.next().getValue().length;
                eldest.remove();
            }
            return fresh;
        }
    }

    /** Charts in the cache now (for tests). */
    int size() {
        synchronized (byHash) {
            return byHash.size();
        }
    }

    private static String hash(byte[] content) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
