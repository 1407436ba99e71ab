package org.tsag.tracker.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tracker, all under the {@code tracker.*} prefix.
 *
 * @param dataDir    where the embedded PostgreSQL keeps its files ({@code <dataDir>/postgres})
 * @param demo       whether and how much demo data to load into an empty database
 * @param publicRead whether anonymous visitors may read what members read
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Demo demo,
        @DefaultValue("false") boolean publicRead) {

    /**
     * @param mode  {@code auto}: load into an empty embedded database on first start;
     *              {@code on}: load into any empty database; {@code off}: never
     * @param scale when above zero, also generate this many synthetic items (about 20 events each)
     */
    public record Demo(@DefaultValue("auto") DemoMode mode, @DefaultValue("0") int scale) {
    }

    public enum DemoMode { AUTO, ON, OFF }
}
