package org.tsag.tracker.dashboard.ui;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the dashboard's chart images by their unguessable names (see {@link ChartImages}). A name
 * never changes its content, so browsers keep it; the SVG is sent with a policy that lets it run
 * nothing even when opened on its own.
 */
@RestController
class ChartImageController {

    private final ChartImages images;

    ChartImageController(ChartImages images) {
        this.images = images;
    }

    @GetMapping(ChartImages.PATH + "{name}.svg")
    ResponseEntity<byte[]> image(@PathVariable String name) {
        return images.image(name)
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
