package org.cpchub.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The sign-in form. Every failure gets the same message, so it does not tell which user names exist. */
@Named
@RequestScoped
public class LoginBacking {
    static final String FAILED = "Sign-in failed: the user name or password is not right, or the account is"
            + " disabled or locked. After 5 failed attempts in a row an account is locked for 15 minutes.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    /** The page to go back to after signing in, carried through the form. */
    private String next;

    public void signIn() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        if (request.getUserPrincipal() != null) {
            request.logout(); // a new sign-in replaces whoever was signed in in this browser
        }
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        // SUCCESS alone is not enough: on a public page "nothing done" also counts as success (anonymous)
        boolean valid = request.getAttribute(StaffAuthenticationMechanism.VALIDATION_STATUS)
                == CredentialValidationResult.Status.VALID;
        if (status == AuthenticationStatus.SUCCESS && valid && request.getUserPrincipal() != null) {
            request.changeSessionId(); // a new session id at sign-in: no session fixation
            ext.redirect(ext.getRequestContextPath() + StaffAuthenticationMechanism.safeNext(next));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
