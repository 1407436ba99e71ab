package org.tsag.tracker.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsag.tracker.base.TrackerProperties;

/**
 * Signs in a single sign-on user: links the identity to a user row (by issuer and subject, or by
 * e-mail the first time), and grants the roles named in the ID token's roles claim plus the roles
 * an admin assigned. A user with neither gets the default role.
 */
@Component
class OidcUserMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcUserMapper.class);

    private final OidcUserService delegate = new OidcUserService();
    private final UserRepository repository;
    private final TrackerProperties properties;
    private final TransactionTemplate transactions;

    OidcUserMapper(UserRepository repository, TrackerProperties properties, TransactionTemplate transactions) {
        this.repository = repository;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = delegate.loadUser(request);
        String email = oidcUser.getEmail();
        if (email == null || email.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("missing_email",
                    "The identity provider sent no e-mail address for this user.", null));
        }
        String issuer = String.valueOf(oidcUser.getIssuer());
        String subject = oidcUser.getSubject();
        String normalised = UserService.normalise(email);
        Set<String> roles = new LinkedHashSet<>(claimedRoles(oidcUser.getClaim(properties.oidc().rolesClaim())));
        roles.addAll(transactions.execute(status -> {
            long userId = repository.findBySubject(issuer, subject)
                    .or(() -> repository.findIdByEmail(normalised).map(id -> {
                        repository.linkSubject(id, issuer, subject);
                        return id;
                    }))
                    .orElseGet(() -> repository.insertSingleSignOn(normalised,
                            oidcUser.getFullName() == null ? normalised : oidcUser.getFullName(), issuer, subject));
            return repository.rolesOf(userId);
        }));
        if (roles.isEmpty()) {
            roles.add(properties.oidc().defaultRole());
        }
        log.info("Single sign-on of {} from {} with roles {}", normalised, issuer, roles);
        return new DefaultOidcUser(
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(),
                oidcUser.getIdToken(),
                oidcUser.getUserInfo(),
                "email");
    }

    /** The claim may be a list or a space- or comma-separated string; unknown names are ignored. */
    private List<String> claimedRoles(Object claim) {
        Collection<?> values = switch (claim) {
            case null -> List.of();
            case Collection<?> c -> c;
            default -> List.of(String.valueOf(claim).split("[,\\s]+"));
        };
        Set<String> known = Set.copyOf(repository.roleCodes());
        return values.stream()
                .map(v -> String.valueOf(v).trim().toUpperCase(Locale.ROOT))
                .filter(known::contains)
                .toList();
    }
}
