package org.tsag.tracker.i18n;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;

/**
 * The language the signed-in user chose, kept with the account so that it follows them to every browser and
 * into their e-mails. Anonymous visitors keep their choice in a cookie only (see the UI).
 */
@Service
public class UserLocaleService {

    private final UserLocaleRepository repository;

    UserLocaleService(UserLocaleRepository repository) {
        this.repository = repository;
    }

    /** The signed-in user's language, or empty when they chose none (then the browser decides). */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<Locale> current() {
        return CurrentUser.name()
                .flatMap(repository::find)
                .flatMap(Languages::of);
    }

    /**
     * Keeps the signed-in user's language; null forgets it (the browser decides again).
     *
     * @throws IllegalArgumentException for a language the tracker does not speak
     */
    @RolesAllowed({Roles.MEMBER, Roles.TSB, Roles.CHAIR, Roles.ADMIN})
    @Transactional
    public void choose(Locale locale) {
        String tag = null;
        if (locale != null) {
            tag = Languages.of(locale.toLanguageTag())
                    .orElseThrow(() -> new IllegalArgumentException("Not one of the six languages: " + locale))
                    .toLanguageTag();
        }
        String email = CurrentUser.name().orElseThrow(() -> new IllegalStateException("Not signed in"));
        repository.update(email, tag);
    }
}
