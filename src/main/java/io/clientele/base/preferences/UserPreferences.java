package io.clientele.base.preferences;

import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calling user's remembered choices (page size of a list, its hidden columns). Always the caller's own: a user
 * never reads or writes another's. Without a logged-in user nothing is stored and nothing is found, so a list simply
 * starts with its defaults.
 */
@Service
public class UserPreferences {

    private final UserPreferenceRepository preferences;

    UserPreferences(UserPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /** The caller's value for the key, if they ever chose one. */
    @Transactional(readOnly = true)
    public Optional<String> get(String key) {
        return caller().flatMap(user -> preferences.findByUsernameAndKey(user, key))
                .map(UserPreference::getValue);
    }

    /**
     * Remembers the caller's value for the key (replacing an earlier one). Values longer than
     * {@value UserPreference#VALUE_MAX} characters are refused: a preference is a small choice, not a document.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void put(String key, String value) {
        if (key.isBlank() || key.length() > UserPreference.KEY_MAX || value.length() > UserPreference.VALUE_MAX) {
            throw new IllegalArgumentException("Preference key or value too long: " + key);
        }
        Optional<String> user = caller();
        if (user.isEmpty()) {
            return;
        }
        try {
            preferences
                    .findByUsernameAndKey(user.get(), key)
                    .ifPresentOrElse(
                            p -> p.setValue(value),
                            () -> preferences.saveAndFlush(new UserPreference(user.get(), key, value)));
        } catch (DataIntegrityViolationException sameMomentInAnotherTab) {
            // The user chose in two tabs at once: the other tab's value stands; nothing else depends on it.
        }
    }

    private static Optional<String> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }
}
