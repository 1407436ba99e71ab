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
 * @param oidc       how single sign-on users get their roles
 */
@ConfigurationProperties("tracker")
public record TrackerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Demo demo,
        @DefaultValue("false") boolean publicRead,
        @DefaultValue Oidc oidc) {

    /**
     * @param mode  {@code auto}: load into an empty embedded database on first start;
     *              {@code on}: load into any empty database; {@code off}: never
     * @param scale when above zero, also generate this many synthetic items (about 20 events each)
     */
    public record Demo(@DefaultValue("auto") DemoMode mode, @DefaultValue("0") int scale) {
    }

    public enum DemoMode { AUTO, ON, OFF }

    /**
     * @param rolesClaim  the ID-token claim whose values name roles (ADMIN, CHAIR, TSB, MEMBER)
     * @param defaultRole the role of a single sign-on user who has no other
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim, @DefaultValue("MEMBER") String defaultRole) {
    }
}
