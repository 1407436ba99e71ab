package org.tsag.tracker.security;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request of the read API or the feed that carries {@code Authorization: Bearer <token>}
 * as the token's user, with that user's roles of now, for this request only (nothing goes into a
 * session). A token that is unknown, revoked or whose user is disabled is refused with 401, even
 * where anonymous reading is open, so that a client notices its token no longer works.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenRepository tokens;
    private final TransactionTemplate transactions;
    private final SecurityContextHolderStrategy strategy;
    private final AuthenticationEntryPoint entryPoint;
    private final String singleSignOnDefaultRole;

    BearerTokenFilter(ApiTokenRepository tokens, TransactionTemplate transactions, SecurityContextHolderStrategy strategy,
                      AuthenticationEntryPoint entryPoint, String singleSignOnDefaultRole) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.strategy = strategy;
        this.entryPoint = entryPoint;
        this.singleSignOnDefaultRole = singleSignOnDefaultRole;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<ApiTokenRepository.Holder> holder = token.isEmpty() ? Optional.empty()
                : transactions.execute(status -> {
                    Optional<ApiTokenRepository.Holder> found = tokens.findLive(ApiTokenService.hash(token));
                    found.ifPresent(h -> tokens.touch(h.tokenId(), OffsetDateTime.now()));
                    return found;
                });
        if (holder.isEmpty()) {
            strategy.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("The API token is unknown or revoked."));
            return;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().email(), null,
                authorities(holder.get())));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    /** The roles an admin assigned; a single sign-on user without any gets the default role, as at sign-in. */
    private List<GrantedAuthority> authorities(ApiTokenRepository.Holder holder) {
        List<String> roles = new ArrayList<>(holder.roles());
        if (roles.isEmpty() && holder.singleSignOn()) {
            roles.add(singleSignOnDefaultRole);
        }
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
