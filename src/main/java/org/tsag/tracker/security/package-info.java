/**
 * Users, roles and sign-in: Spring Security with Vaadin's configurer, users in the database with
 * hashed passwords, login throttling, single sign-on (OIDC), the public read-only mode, and the
 * method-security rule that reading needs {@code @CanRead}.
 */
package org.tsag.tracker.security;
