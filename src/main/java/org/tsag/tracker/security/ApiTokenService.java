package org.tsag.tracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;

/**
 * Personal API tokens of the signed-in user: create one (shown once), list them, revoke one. A
 * token acts with its user's roles as they are at the time of each request; only its SHA-256
 * hash is stored.
 */
@Service
public class ApiTokenService {

    /** Marks our tokens, so that a leaked one is recognisable (as GitHub's ghp_ is). */
    static final String PREFIX = "tsag_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;

    ApiTokenService(ApiTokenRepository repository) {
        this.repository = repository;
    }

    /**
     * Creates a token for the signed-in user.
     *
     * @throws IllegalArgumentException when the name is blank or longer than 100 characters
     */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional
    public NewApiToken create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("A token needs a name of 1 to 100 characters.");
        }
        long userId = currentUserId();
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = repository.insert(userId, trimmed, hash(token), token.substring(0, SHOWN_CHARACTERS));
        return new NewApiToken(id, trimmed, token);
    }

    /** The signed-in user's tokens, live ones first, newest first. */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return repository.findByUser(currentUserId());
    }

    /** Revokes one of the signed-in user's own tokens; from then on it is refused. */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional
    public void revoke(long tokenId) {
        if (!repository.revoke(currentUserId(), tokenId)) {
            throw new IllegalArgumentException("No live token " + tokenId + " of yours.");
        }
    }

    private long currentUserId() {
        String email = CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
        return repository.findUserId(email)
                .orElseThrow(() -> new IllegalStateException("No user " + email + " in the database"));
    }

    /** Lower-case hex SHA-256 of the token: a token has 256 random bits, so no salt or slow hash is needed. */
    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
