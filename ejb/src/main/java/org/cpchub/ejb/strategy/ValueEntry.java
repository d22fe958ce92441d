package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.math.BigDecimal;
import org.cpchub.domain.strategy.ReportingPeriod;

/**
 * A value as entered on a form: for rates and percentages the numerator and denominator (the value is
 * computed), else the value. {@code version} is the version of the value the form showed, or null when it
 * showed none, so that two people entering the same period cannot overwrite each other unnoticed.
 */
public record ValueEntry(long measureId, ReportingPeriod period, BigDecimal value, BigDecimal numerator,
                         BigDecimal denominator, String commentary, Long version) implements Serializable {
}
