package org.cpchub.ejb.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpchub.domain.platform.AuditEntry;
import org.cpchub.domain.platform.AuditFilter;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;

/** Reading the audit trail, newest first, filtered and paged in the database. ADMIN only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditService {
    @PersistenceContext
    EntityManager em;

    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        return PagedQuery.of(em, AuditEntry.class, "a")
                .where("LOWER(a.actor) = :actor", "actor",
                        filter.actor() == null ? null : filter.actor().strip().toLowerCase(Locale.ROOT))
                .where("a.action = :action", "action", filter.action())
                .where("a.entityType = :type", "type", filter.entityType())
                .where("a.at >= :from", "from",
                        filter.from() == null ? null : filter.from().atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant())
                .where("a.at < :to", "to", filter.to() == null ? null
                        : filter.to().plusDays(1).atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant())
                .whereContains(filter.text(), "a.recordLabel", "a.summary")
                // the trail always reads newest first
                .fetch(new PageRequest(page.offset(), page.size(), "at", false), Map.of(), "a.at");
    }

    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }
}
