package org.cpchub.ejb.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 password hash, set to PBKDF2-HMAC-SHA512 with 210,000 iterations
 * (OWASP Password Storage Cheat Sheet, 2023); the API's default of 2,048 iterations is far too weak.
 * Stored hashes carry their own parameters, so raising the numbers later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, to spend the same time on unknown user names as on known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy password that matches nothing".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends a verification's time for an unknown user, so timing does not reveal which names exist. */
    public void spendVerificationTime(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
