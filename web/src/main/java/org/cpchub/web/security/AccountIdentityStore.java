package org.cpchub.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.cpchub.ejb.platform.CredentialService;

/**
 * The database identity store: asks the credential service, which hashes with PBKDF2-HMAC-SHA512,
 * applies the lockout and audits the attempt. The user's roles become their groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @EJB
    CredentialService credentials;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return credentials.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
