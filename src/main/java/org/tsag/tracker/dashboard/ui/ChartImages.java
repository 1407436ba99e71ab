package org.tsag.tracker.dashboard.ui;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The dashboard's chart images of this node, by an unguessable name: the HMAC-SHA256 of the SVG
 * under a key drawn at start-up. Every screen that shows the same chart gets the same short URL
 * ({@value #PATH}{name}.svg, served by {@link ChartImageController}), so that a live update carries
 * a URL, not the image, and the browser fetches each image once. The name is a capability: it is
 * handed only to screens that may see the chart (the fragments are built per visibility), and it
 * cannot be derived from the numbers without the node's key. Bounded ({@value #MAX_ENTRIES} charts,
 * {@value #MAX_BYTES} bytes, least recently used first out).
 */
@Component
class ChartImages {

    static final String PATH = "/dashboard-charts/";
    static final int MAX_ENTRIES = 512;
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private final byte[] key = new byte[32];
    private final Map<String, byte[]> byName = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    ChartImages() {
        new SecureRandom().nextBytes(key);
    }

    /** Keeps the chart and gives the URL of its image. */
    String url(String svg) {
        byte[] content = svg.getBytes(StandardCharsets.UTF_8);
        String name = name(content);
        synchronized (byName) {
            if (byName.get(name) == null) {
                byName.put(name, content);
                bytes += content.length;
                var eldest = byName.entrySet().iterator();
                while ((byName.size() > MAX_ENTRIES || bytes > MAX_BYTES) && byName.size() > 1 && eldest.hasNext()) {
                    bytes -= eldest.next().getValue().length;
                    eldest.remove();
                }
            }
        }
        return PATH + name + ".svg";
    }

    /** The SVG of a name handed out by {@link #url}, while it is kept. */
    Optional<byte[]> image(String name) {
        synchronized (byName) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    /** Charts kept now (tests). */
    int size() {
        synchronized (byName) {
            return byName.size();
        }
    }

    private String name(byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
