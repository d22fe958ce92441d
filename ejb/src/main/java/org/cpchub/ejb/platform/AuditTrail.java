package org.cpchub.ejb.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.AuditEntry;

/**
 * Appends to the audit trail, in the caller's transaction: a change that rolls back leaves no audit
 * line, and a change that commits always has one. Nothing here updates or deletes an entry.
 */
@Stateless
@PermitAll
public class AuditTrail {
    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    public void record(AuditAction action, String entityType, Long entityId, String label, String summary) {
        recordAs(Caller.name(context), action, entityType, entityId, label, summary);
    }

    /** For events with no signed-in caller yet, such as a failed login. */
    public void recordAs(String actor, AuditAction action, String entityType, Long entityId, String label,
                         String summary) {
        em.persist(new AuditEntry(clock.instant(), actor, action, entityType, entityId, label, summary));
    }
}
