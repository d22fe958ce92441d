package org.cpchub.ejb.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.StillReferencedException;

/** The few JPA moves every service makes, with database failures turned into messages for people. */
public final class Jpa {
    private Jpa() {
    }

    /**
     * Merges an edited (detached) record and flushes at once, so that a {@code @Version} clash is seen here
     * and reported as an edit conflict rather than as a failed commit.
     */
    public static <T> T mergeChecked(EntityManager em, T edited, String what) {
        try {
            T managed = em.merge(edited);
            em.flush();
            return managed;
        } catch (OptimisticLockException e) {
            throw new EditConflictException(what);
        }
    }

    /** Removes and flushes, turning a foreign-key refusal by the database into a readable message. */
    public static void removeChecked(EntityManager em, Object managed, Supplier<String> whyRefused) {
        try {
            em.remove(managed);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException("The record");
        } catch (PersistenceException e) {
            throw new StillReferencedException(whyRefused.get());
        }
    }

    /**
     * The ORDER BY clause of a page: the requested field if the service allows sorting by it (a user never
     * puts text into the query), else the default, then the id so that paging is stable.
     */
    public static String orderBy(java.util.Map<String, String> sortable, org.cpchub.domain.shared.PageRequest page,
                                 String defaultPath, String idPath) {
        String path = page.sortField() == null ? defaultPath : sortable.getOrDefault(page.sortField(), defaultPath);
        String direction = page.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + path + direction + ", " + idPath + direction;
    }

    /** Escapes LIKE wildcards in user text and wraps it for a case-insensitive "contains" search. */
    public static String containsPattern(String text) {
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
