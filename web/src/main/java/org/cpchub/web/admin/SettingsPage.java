package org.cpchub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.platform.BankHoliday;
import org.cpchub.ejb.platform.CouncilSettings;
import org.cpchub.web.support.Messages;

/** The council's settings: how clear days are counted, bank holidays, categories of interest. ADMIN only. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CouncilSettings settings;

    private ClearDays.Mode mode;
    private List<BankHoliday> holidays;
    private LocalDate newDate;
    private String newName;
    private String categories;
    private int threshold;
    private int reportDay;

    public void load() {
        threshold = settings.suppressionThreshold();
        reportDay = settings.performanceReportDay();
        mode = settings.mode();
        int year = LocalDate.now().getYear();
        holidays = settings.bankHolidays(year - 1, year + 1);
        categories = String.join("\n", settings.declarationCategories());
    }

    public void saveCategories() {
        if (Messages.attempt("categories", () -> settings.setDeclarationCategories(
                java.util.Arrays.asList(categories == null ? new String[0] : categories.split("\\R"))))) {
            Messages.info("The categories of interest were saved.");
            load();
        }
    }

    /** The performance report's schedule and the small-count threshold of public outputs. */
    public void saveReporting() {
        if (Messages.attempt("reporting", () -> {
            settings.setSuppressionThreshold(threshold);
            settings.setPerformanceReportDay(reportDay);
        })) {
            Messages.info(reportDay == 0 ? "The scheduled report is off; small counts below " + threshold
                    + " are suppressed." : "The performance report is made on working day " + reportDay
                    + " after each quarter; small counts below " + threshold + " are suppressed.");
        }
    }

    public int getThreshold() { return threshold; }
    public void setThreshold(int threshold) { this.threshold = threshold; }
    public int getReportDay() { return reportDay; }
    public void setReportDay(int reportDay) { this.reportDay = reportDay; }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public void saveMode() {
        if (Messages.attempt("mode", () -> settings.setMode(mode))) {
            Messages.info("Clear days are now counted as: " + mode.getLabel() + ".");
        }
    }

    public void add() {
        if (Messages.attempt("add", () -> settings.addBankHoliday(newDate, newName))) {
            Messages.info(newName + " was added.");
            newDate = null;
            newName = null;
            load();
        }
    }

    public void remove(BankHoliday b) {
        if (Messages.attempt("add", () -> settings.removeBankHoliday(b.getId()))) {
            Messages.info(b.getName() + " (" + b.getDate() + ") was removed.");
            load();
        }
    }

    public ClearDays.Mode[] getModes() {
        return ClearDays.Mode.values();
    }

    public ClearDays.Mode getMode() { return mode; }
    public void setMode(ClearDays.Mode mode) { this.mode = mode; }
    public List<BankHoliday> getHolidays() { return holidays; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
}
