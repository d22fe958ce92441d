/**
 * Strategy monitoring services: strategies and their priorities and areas of focus
 * ({@link org.cpchub.ejb.strategy.StrategyService}, with the dashboard read model), measure definitions,
 * targets, benchmarks and the measure page read model ({@link org.cpchub.ejb.strategy.MeasureService}),
 * entry of values by their owners with a revision history ({@link org.cpchub.ejb.strategy.MeasureValueService}),
 * all-or-nothing CSV and XLSX imports ({@link org.cpchub.ejb.strategy.ValueImportService}), the engagement
 * plan ({@link org.cpchub.ejb.strategy.EngagementService}), links between measures and agenda items
 * ({@link org.cpchub.ejb.strategy.TraceabilityService}) and the archive of generated performance reports
 * ({@link org.cpchub.ejb.strategy.PerformanceReportArchive}). Read models are built in a fixed number of
 * queries, whatever the amount of data.
 */
package org.cpchub.ejb.strategy;
