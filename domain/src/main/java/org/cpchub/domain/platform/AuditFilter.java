package org.cpchub.domain.platform;

import java.io.Serializable;
import java.time.LocalDate;

/** What an admin filters the audit trail by; every field is optional. */
public record AuditFilter(String actor, AuditAction action, String entityType, LocalDate from, LocalDate to,
                          String text) implements Serializable {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
