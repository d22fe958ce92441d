package org.cpchub.ejb.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.BankHoliday;
import org.cpchub.domain.platform.CouncilSetting;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.strategy.SmallCounts;

/**
 * The settings a council's constitution varies, maintained by ADMIN: how clear days are counted, the bank
 * holidays, the categories of declared interests, and the small-count suppression threshold.
 */
@Stateless
public class CouncilSettings {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The clear-days rule for meetings around the given date, with the bank holidays of those years. */
    @PermitAll
    public ClearDays clearDays(LocalDate around) {
        Set<LocalDate> holidays = new HashSet<>();
        em.createNamedQuery("BankHoliday.between", BankHoliday.class)
                .setParameter("from", around.minusMonths(3)).setParameter("to", around.plusMonths(3))
                .getResultList().forEach(b -> holidays.add(b.getDate()));
        return new ClearDays(mode(), holidays);
    }

    @PermitAll
    public ClearDays.Mode mode() {
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.CLEAR_DAYS_MODE);
        return s == null || s.getValue() == null ? ClearDays.Mode.WORKING_DAYS : ClearDays.Mode.valueOf(s.getValue());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setMode(ClearDays.Mode mode) {
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.CLEAR_DAYS_MODE);
        String before = s == null ? null : s.getValue();
        if (s == null) {
            em.persist(new CouncilSetting(CouncilSetting.CLEAR_DAYS_MODE, mode.name()));
        } else {
            s.setValue(mode.name());
        }
        audit.record(AuditAction.UPDATE, "CouncilSetting", null, CouncilSetting.CLEAR_DAYS_MODE, before + " -> " + mode);
    }

    /** The categories members choose from when declaring an interest. */
    @PermitAll
    public List<String> declarationCategories() {
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.DECLARATION_CATEGORIES);
        return s == null || s.getValue() == null ? List.of(Declaration.CATEGORIES)
                : java.util.Arrays.stream(s.getValue().split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setDeclarationCategories(List<String> categories) {
        List<String> clean = categories == null ? List.of() : categories.stream().map(String::strip)
                .filter(c -> !c.isEmpty()).distinct().toList();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("categories", "Keep at least one category of interest.");
        }
        if (clean.stream().anyMatch(c -> c.length() > Declaration.CATEGORY_MAX || c.contains("|"))) {
            throw InvalidInputException.of("categories", "A category can be at most " + Declaration.CATEGORY_MAX
                    + " characters, without \"|\".");
        }
        String value = String.join("|", clean);
        if (value.length() > 400) {
            throw InvalidInputException.of("categories", "The categories together can be at most 400 characters.");
        }
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.DECLARATION_CATEGORIES);
        String before = s == null ? null : s.getValue();
        if (s == null) {
            em.persist(new CouncilSetting(CouncilSetting.DECLARATION_CATEGORIES, value));
        } else {
            s.setValue(value);
        }
        audit.record(AuditAction.UPDATE, "CouncilSetting", null, CouncilSetting.DECLARATION_CATEGORIES,
                before + " -> " + value);
    }

    /**
     * The small-count suppression threshold of public performance outputs (default 5, see
     * {@link SmallCounts}); an unreadable stored value falls back to the default.
     */
    @PermitAll
    public int suppressionThreshold() {
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.SMALL_COUNT_SUPPRESSION);
        try {
            return s == null || s.getValue() == null ? SmallCounts.DEFAULT_THRESHOLD : Integer.parseInt(s.getValue().strip());
        } catch (NumberFormatException e) {
            return SmallCounts.DEFAULT_THRESHOLD;
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setSuppressionThreshold(int threshold) {
        if (threshold < 1 || threshold > 100) {
            throw InvalidInputException.of("threshold", "The suppression threshold is a number from 1 to 100.");
        }
        CouncilSetting s = em.find(CouncilSetting.class, CouncilSetting.SMALL_COUNT_SUPPRESSION);
        String before = s == null ? null : s.getValue();
        if (s == null) {
            em.persist(new CouncilSetting(CouncilSetting.SMALL_COUNT_SUPPRESSION, Integer.toString(threshold)));
        } else {
            s.setValue(Integer.toString(threshold));
        }
        audit.record(AuditAction.UPDATE, "CouncilSetting", null, CouncilSetting.SMALL_COUNT_SUPPRESSION,
                before + " -> " + threshold);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public List<BankHoliday> bankHolidays(int fromYear, int toYear) {
        return em.createNamedQuery("BankHoliday.between", BankHoliday.class)
                .setParameter("from", LocalDate.of(fromYear, 1, 1)).setParameter("to", LocalDate.of(toYear, 12, 31))
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public BankHoliday addBankHoliday(LocalDate date, String name) {
        if (date == null || name == null || name.isBlank()) {
            throw InvalidInputException.of("date", "Enter the date and the name of the bank holiday.");
        }
        boolean exists = !em.createNamedQuery("BankHoliday.between", BankHoliday.class)
                .setParameter("from", date).setParameter("to", date).getResultList().isEmpty();
        if (exists) {
            throw InvalidInputException.of("date", date + " is already a bank holiday.");
        }
        BankHoliday b = new BankHoliday(date, name.strip());
        em.persist(b);
        em.flush();
        audit.record(AuditAction.CREATE, "BankHoliday", b.getId(), date + " " + name, "added");
        return b;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeBankHoliday(long id) {
        BankHoliday b = em.find(BankHoliday.class, id);
        if (b != null) {
            em.remove(b);
            audit.record(AuditAction.DELETE, "BankHoliday", id, b.getDate() + " " + b.getName(), "removed");
        }
    }
}
