package org.cpchub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.platform.BankHoliday;
import org.cpchub.ejb.platform.CouncilCalendar;
import org.cpchub.web.support.Messages;

/** The council's calendar: how clear days are counted, and the bank holidays. ADMIN only. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CouncilCalendar calendar;

    private ClearDays.Mode mode;
    private List<BankHoliday> holidays;
    private LocalDate newDate;
    private String newName;

    public void load() {
        mode = calendar.mode();
        int year = LocalDate.now().getYear();
        holidays = calendar.bankHolidays(year - 1, year + 1);
    }

    public void saveMode() {
        if (Messages.attempt("mode", () -> calendar.setMode(mode))) {
            Messages.info("Clear days are now counted as: " + mode.getLabel() + ".");
        }
    }

    public void add() {
        if (Messages.attempt("add", () -> calendar.addBankHoliday(newDate, newName))) {
            Messages.info(newName + " was added.");
            newDate = null;
            newName = null;
            load();
        }
    }

    public void remove(BankHoliday b) {
        if (Messages.attempt("add", () -> calendar.removeBankHoliday(b.getId()))) {
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
