package org.cpchub.ejb.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("LOWER(a.actor) = :actor");
            params.put("actor", filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.action() != null) {
            where.add("a.action = :action");
            params.put("action", filter.action());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add("a.entityType = :type");
            params.put("type", filter.entityType());
        }
        if (filter.from() != null) {
            where.add("a.at >= :from");
            params.put("from", filter.from().atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.add("a.at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(ClockProducer.COUNCIL_ZONE).toInstant());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(LOWER(a.recordLabel) LIKE :text ESCAPE '\\' OR LOWER(a.summary) LIKE :text ESCAPE '\\')");
            params.put("text", Jpa.containsPattern(filter.text()));
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<AuditEntry> q = em.createQuery("SELECT a FROM AuditEntry a" + clause
                + " ORDER BY a.at DESC, a.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + clause, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }
}
