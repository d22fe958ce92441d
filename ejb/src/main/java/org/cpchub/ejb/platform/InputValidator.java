package org.cpchub.ejb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cpchub.domain.shared.InvalidInputException;

/**
 * Checks a record against its Bean Validation rules at the service boundary, so every caller (page,
 * REST, import) gets the same field messages as a typed exception rather than a rolled-back flush.
 */
@ApplicationScoped
public class InputValidator {
    @Inject
    Validator validator;

    public void check(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (x, y) -> x + " " + y));
            throw new InvalidInputException(errors);
        }
    }
}
