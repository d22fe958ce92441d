/**
 * Strategy monitoring: a corporate parenting strategy with its priorities, key areas of focus and the
 * measures of impact; each measure's definition (unit, polarity, frequency, formula inputs, owner), its
 * values per reporting period with their revision history, targets and benchmarks; the engagement plan;
 * the links from measures to the agenda items that discussed them; and the archive of generated
 * performance reports. The rules (rates, RAG, direction of travel, roll-up, validation of entered values,
 * financial-year periods) are plain functions, table-tested without a container.
 */
package org.cpchub.domain.strategy;
