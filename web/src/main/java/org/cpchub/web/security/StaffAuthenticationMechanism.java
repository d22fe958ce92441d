package org.cpchub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in for the staff pages. The sign-in page passes the credentials in through
 * {@code SecurityContext.authenticate}; a visitor who opens a protected page without being signed in is sent
 * to the sign-in page with the page's address in {@code next}, and goes back there afterwards. Once signed
 * in, the session carries the identity ({@link AutoApplySession}).
 *
 * <p>Why not the standard custom form mechanism: on Payara 6 its "login to continue" return to the saved
 * request answered 403, so deep links broke; this keeps the flow in plain sight.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: how the credentials of this request's sign-in attempt were judged. */
    static final String VALIDATION_STATUS = StaffAuthenticationMechanism.class.getName() + ".status";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            request.setAttribute(VALIDATION_STATUS, result.getStatus());
            // a refused sign-in is not an HTTP 401: the page shows the form again with its message
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result) : context.doNothing();
        }
        if (context.isProtected()) {
            String asked = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(asked, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Only a path on this site may be a "next" page, so the sign-in page cannot be used to redirect elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(LOGIN_PAGE) || next.chars().anyMatch(Character::isISOControl)) {
            return "/staff/index.xhtml";
        }
        return next;
    }
}
