package org.cpchub.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" for {1} -> {2}")
    @CsvSource({
            "short,                  jo,      too short",
            "elevenchars,            jo,      too short",
            "qwerty123456,           jo,      common",
            "QWERTY123456,           jo,      common",
            "password1234,           jo,      common",
            "1q2w3e4r5t6y,           jo,      common",
            "correct horse battery,  jo,      ok",
            "kettle-lantern-giraffe, jo,      ok",
            "twelve chars,           jo,      ok",
            "my name is clerk ok,    clerk,   contains user",
    })
    void acceptsLongUncommonPasswordsOnly(String password, String user, String expected) {
        Optional<String> problem = PasswordPolicy.check(password, user);
        switch (expected) {
            case "ok" -> assertTrue(problem.isEmpty(), () -> "refused: " + problem.orElse(""));
            case "too short" -> assertTrue(problem.orElseThrow().contains("at least 12"));
            case "common" -> assertTrue(problem.orElseThrow().contains("commonly used"));
            case "contains user" -> assertTrue(problem.orElseThrow().contains("user name"));
            default -> throw new IllegalArgumentException(expected);
        }
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // 12 characters, some outside ASCII: accepted as 12
        assertTrue(PasswordPolicy.check("ŵŷŝŵŷŝ-blue!", null).isEmpty());
    }

    @Test
    void bundledListIsLoaded() {
        assertTrue(PasswordPolicy.commonCount() > 40_000, "the list of common passwords was not loaded");
    }

    @Test
    void nullIsTooShort() {
        assertEquals(true, PasswordPolicy.check(null, "x").isPresent());
    }
}
