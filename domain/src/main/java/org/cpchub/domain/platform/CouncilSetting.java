package org.cpchub.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** One of the council's settings that local constitutions vary (e.g. how clear days are counted). */
@Entity
@Table(name = "council_setting")
public class CouncilSetting implements Serializable {
    private static final long serialVersionUID = 1L;
    /** {@code WORKING_DAYS} (default) or {@code CALENDAR_DAYS}. */
    public static final String CLEAR_DAYS_MODE = "clear-days-mode";
    /** The categories of declared interests, separated by "|". */
    public static final String DECLARATION_CATEGORIES = "declaration-categories";
    /** Counts above zero and below this number are shown as "c" in public performance outputs. */
    public static final String SMALL_COUNT_SUPPRESSION = "small-count-suppression";
    /** The working day after each quarter end on which the performance report is generated; 0 turns it off. */
    public static final String PERFORMANCE_REPORT_DAY = "performance-report-working-day";

    @Id
    @Column(name = "setting_key", length = 60)
    private String key;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "setting_value", length = 400)
    private String value;

    protected CouncilSetting() {
        // for JPA
    }

    public CouncilSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
