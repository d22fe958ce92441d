package org.cpchub.ejb.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;

/**
 * A list page asked of the database: optional filters, a sort the service allows, one query for the
 * rows and one for the count. Filters whose value is empty are left out.
 */
public final class PagedQuery<T> {
    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final List<String> fetches = new ArrayList<>();

    private PagedQuery(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    /** Rows of the entity, known in the clauses by the alias: {@code of(em, Committee.class, "c")}. */
    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type, String alias) {
        return new PagedQuery<>(em, type, alias);
    }

    /**
     * Loads associations with the rows (one query, no N+1), e.g. {@code "JOIN FETCH a.item i"} or
     * {@code "LEFT JOIN FETCH a.owner"}; the count ignores it.
     */
    public PagedQuery<T> joinFetch(String clause) {
        fetches.add(" " + clause);
        return this;
    }

    /** Adds {@code clause} (which uses {@code :param}) when the value is given. */
    public PagedQuery<T> where(String clause, String param, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(clause);
            params.put(param, value instanceof String s ? s.strip() : value);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" filter over one or more paths when the text is given. */
    public PagedQuery<T> whereContains(String text, String... paths) {
        if (text != null && !text.isBlank()) {
            String param = "p" + params.size();
            List<String> ors = new ArrayList<>();
            for (String path : paths) {
                ors.add("LOWER(" + path + ") LIKE :" + param + " ESCAPE '\\'");
            }
            where.add("(" + String.join(" OR ", ors) + ")");
            params.put(param, Jpa.containsPattern(text));
        }
        return this;
    }

    public Page<T> fetch(PageRequest page, Map<String, String> sortable, String defaultSort) {
        String entity = " FROM " + type.getSimpleName() + " " + alias;
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<T> rows = em.createQuery("SELECT " + alias + entity + String.join("", fetches) + filter
                + Jpa.orderBy(sortable, page, defaultSort, alias + ".id"), type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + entity + filter, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }
}
