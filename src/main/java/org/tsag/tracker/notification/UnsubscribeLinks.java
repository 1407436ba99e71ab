package org.tsag.tracker.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed unsubscribe links: {@code /unsubscribe?t=<user>.<what>.<HMAC-SHA256>}, so that one click
 * in an e-mail works without signing in, and nobody can unsubscribe someone else. The key lives in
 * the database (table notification_key, made on first use), so that every node and every restart
 * signs alike.
 */
@Component
class UnsubscribeLinks {

    /** What a link unsubscribes from. */
    enum Scope { DIGEST, REMINDER }

    record Request(long userId, Scope scope) {
    }

    private final OutboxRepository repository;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private volatile byte[] key;

    UnsubscribeLinks(OutboxRepository repository, TransactionTemplate transactions, NotificationProperties properties) {
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
    }

    String link(long userId, Scope scope) {
        return properties.link("unsubscribe?t=" + token(userId, scope));
    }

    String token(long userId, Scope scope) {
        String payload = userId + "." + scope.name().toLowerCase(java.util.Locale.ROOT);
        return payload + "." + sign(payload);
    }

    Optional<Request> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long userId = Long.parseLong(token.substring(0, first));
            Scope scope = Scope.valueOf(token.substring(first + 1, last).toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new Request(userId, scope));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = transactions.execute(status -> repository.signingKey(HexFormat.of().formatHex(random)));
            known = HexFormat.of().parseHex(secret);
            key = known;
        }
        return known;
    }
}
