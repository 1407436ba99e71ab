package org.tsag.tracker.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * For service methods that only read: signed-in users, and anonymous visitors when the deployment
 * runs in public read-only mode ({@code tracker.public-read=true}). Internal items are filtered by
 * the repositories, see {@link CurrentUser#canSeeInternal()}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@trackerAccess.canRead()")
public @interface CanRead {
}
