package org.cpchub.domain.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The password rule (NIST SP 800-63B, NCSC): at least 12 characters, no composition rules, and not
 * one of the passwords most often found in breaches. The bundled list holds the entries of 12 or more
 * characters from the top million of the SecLists "10 million passwords" list (shorter ones already
 * fail the length rule), compared without regard to case.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long."
                    + " A few unrelated words make a long password that is easy to remember.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password can be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is on a list of passwords that are commonly used and easy to guess."
                    + " Choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        return Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream("common-passwords.txt.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords cannot be read", e);
        }
        return Set.copyOf(words);
    }
}
