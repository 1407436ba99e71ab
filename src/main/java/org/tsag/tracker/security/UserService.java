package org.tsag.tracker.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;

/** Users and their roles. Only admins manage them. */
@Service
public class UserService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return repository.findAll();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<String> roles() {
        return repository.roleCodes();
    }

    /**
     * Creates a user with a password and roles.
     *
     * @throws IllegalArgumentException when the e-mail is taken or not an e-mail, or the password is too short
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long create(String email, String displayName, String password, Collection<String> roles) {
        String normalised = normalise(email);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address.");
        }
        if (repository.exists(normalised)) {
            throw new IllegalArgumentException("A user with the e-mail " + normalised + " exists already.");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("The password must have at least 12 characters.");
        }
        long id = repository.insert(normalised, displayName == null || displayName.isBlank() ? normalised : displayName,
                passwordEncoder.encode(password));
        repository.addRoles(id, Set.copyOf(roles));
        return id;
    }

    /** @throws ConcurrentUserChangeException when someone else changed the user since it was read */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void setRoles(long userId, int version, Collection<String> roles) {
        if (!repository.updateRoles(userId, version, Set.copyOf(roles))) {
            throw new ConcurrentUserChangeException();
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void setEnabled(long userId, int version, boolean enabled) {
        if (!repository.setEnabled(userId, version, enabled)) {
            throw new ConcurrentUserChangeException();
        }
    }

    /** Sets a new random password and returns it, to be handed over once. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public String resetPassword(long userId) {
        String password = randomPassword();
        repository.setPasswordHash(userId, passwordEncoder.encode(password));
        return password;
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Someone else saved the user first. */
    public static class ConcurrentUserChangeException extends RuntimeException {
        public ConcurrentUserChangeException() {
            super("Someone else changed this user in the meantime. Reload to see their change.");
        }
    }
}
