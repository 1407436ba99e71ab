package org.tsag.tracker.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: the configured single sign-on providers, and public reading. */
@Component
public class SignInOptions {

    /** A single sign-on provider and the URL that starts signing in with it. */
    public record Provider(String name, String loginUrl) {
    }

    private final ObjectProvider<ClientRegistrationRepository> clients;
    private final TrackerAccess access;

    SignInOptions(ObjectProvider<ClientRegistrationRepository> clients, TrackerAccess access) {
        this.clients = clients;
        this.access = access;
    }

    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        ClientRegistrationRepository repository = clients.getIfAvailable();
        if (repository instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getClientName(),
                        "oauth2/authorization/" + client.getRegistrationId()));
            }
        }
        return providers;
    }

    public boolean publicRead() {
        return access.publicRead();
    }
}
