package org.cpchub.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An England and Wales bank holiday: not a working day when counting clear days. Maintained by ADMIN. */
@Entity
@Table(name = "bank_holiday")
@NamedQuery(name = "BankHoliday.between", query = "SELECT b FROM BankHoliday b WHERE b.date >= :from AND b.date <= :to ORDER BY b.date")
public class BankHoliday implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

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

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
