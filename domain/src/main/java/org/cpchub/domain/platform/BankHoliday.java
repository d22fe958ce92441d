package org.cpchub.domain.platform;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An England and Wales bank holiday: not a working day when counting clear days. Maintained by ADMIN. */
@Entity
@Table(name = "bank_holiday")
@NamedQuery(name = "BankHoliday.between", query = "SELECT b FROM BankHoliday b WHERE b.date >= :from AND b.date <= :to ORDER BY b.date")
public class BankHoliday extends VersionedEntity {
    private static final long serialVersionUID = 1L;


    @NotNull(message = "Enter the date")
    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @NotBlank(message = "Enter the name of the bank holiday")
    @Size(max = 80)
    @Column(name = "name", nullable = false, length = 80)
    private String name;

    protected BankHoliday() {
        // for JPA
    }

    public BankHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
