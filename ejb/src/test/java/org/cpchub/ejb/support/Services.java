package org.cpchub.ejb.support;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.ejb.platform.AuditService;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;

/**
 * Wires the services by hand around one EntityManager for the Java SE persistence tests: the same
 * queries and rules as in the server, without the container. Security and transactions are tested
 * in the container tests (ear module).
 */
public final class Services {
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    public final AuditTrail audit = new AuditTrail();
    public final InputValidator validator = new InputValidator();
    public final CommitteeService committees = new CommitteeService();
    public final PersonService people = new PersonService();
    public final AuditService auditService = new AuditService();

    public Services(EntityManager em) {
        Wiring.set(audit, "em", em);
        Wiring.set(audit, "clock", clock);
        Wiring.set(validator, "validator", Validation.buildDefaultValidatorFactory().getValidator());
        for (Object service : new Object[] {committees, people, auditService}) {
            Wiring.set(service, "em", em);
        }
        for (Object service : new Object[] {committees, people}) {
            Wiring.set(service, "audit", audit);
            Wiring.set(service, "validator", validator);
        }
        Wiring.set(committees, "clock", clock);
    }
}
