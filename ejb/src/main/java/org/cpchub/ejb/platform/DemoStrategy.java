package org.cpchub.ejb.platform;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.EngagementAction;
import org.cpchub.domain.strategy.EngagementObjective;
import org.cpchub.domain.strategy.EngagementStatus;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureFormula;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.MeasureAgendaLink;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.ParentingPrinciple;
import org.cpchub.domain.strategy.Polarity;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.RevisionSource;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.domain.strategy.Target;

/**
 * The Corporate Parenting Strategy 2022-24 (seed 004) for the demo: its four priorities, their key areas of
 * focus, a measure for each way it says it "will measure impact", and its engagement plan (Appendix 3, leads by
 * role title). Values quoted in the council's papers are entered as quoted (seeds 000-004, and the DfE's
 * published CLA rates); every other value is invented, deterministically, and its commentary says "Demo data".
 * Values run from 2022-23 to the last period that has ended (at most March 2026). The measures discussed at
 * the demo meetings are linked to those agenda items.
 */
final class DemoStrategy {
    static final String NAME = "Corporate Parenting Strategy 2022-24";
    static final String DEMO = "Demo data: invented for illustration.";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String OFFICER = "officer";
    private static final String ANALYST = "analyst";
    private static final String CLA_SOURCE = "Children's social care case management system; SSDA903 return";
    /** Deterministic ups and downs around the trend line of invented values, in "steps". */
    private static final int[] WOBBLE = {0, 1, -1, 2, 0, -2, 1, -1, 0, 2, -1, 1};

    private final EntityManager em;
    private final LocalDate today;
    private final ReportingPeriod lastYear;
    private final Map<String, Measure> measures = new HashMap<>();
    private Strategy strategy;
    private int values;

    DemoStrategy(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
        this.lastYear = ReportingPeriod.financialYear(2025);
    }

    /** A value quoted in the papers (or a correction), for one period: a value, or numerator and denominator. */
    private record Known(ReportingPeriod period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                         String commentary) {
    }

    private static Known count(ReportingPeriod p, int value, String commentary) {
        return new Known(p, BigDecimal.valueOf(value), null, null, commentary);
    }

    private static Known ratio(ReportingPeriod p, int numerator, int denominator, String commentary) {
        return new Known(p, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), commentary);
    }

    Strategy load() {
        strategy = new Strategy(NAME, LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31));
        strategy.setSummary("Our priorities for looked after children and young people, 2022-24: safety and"
                + " permanence; mental and physical health and wellbeing; educational achievement; employment and"
                + " independence. Delivery against our commitments is monitored by the Corporate Parenting Committee."
                + " Kept active, and monitored, until the committee agrees its successor.");
        em.persist(strategy);
        strategy.moveTo(StrategyStatus.ACTIVE);
        safetyAndPermanence();
        health();
        education();
        independence();
        engagementPlan();
        em.flush();
        links();
        return strategy;
    }

    int valueCount() {
        return values;
    }

    // ---------------------------------------------------------------- priority 1

    private void safetyAndPermanence() {
        Priority p = priority(1, "Safety and Permanence", "Children are cared for in their family where it is safe;"
                        + " otherwise they move to permanent family care without delay, in stable placements close to home.",
                ParentingPrinciple.SAFETY_AND_STABILITY, ParentingPrinciple.BEST_INTERESTS);
        FocusArea family = area(p, 1, "Children remain cared for in their family or return to family where it is safe"
                + " to do so.");
        FocusArea edge = area(p, 2, "Think Family and Early Help Service successfully working with children and young"
                + " people on the Edge of Care");
        FocusArea permanence = area(p, 3, "Children move to permanent family care without delay");
        FocusArea stability = area(p, 4, "Good outcomes secured through placement stability for children and young"
                + " people who are looked after.");
        FocusArea stayingPut = area(p, 5, "Young people staying in their foster placements until they are ready to"
                + " leave and feel prepared to live independently");
        FocusArea cared = area(p, 6, "Young people will say they feel cared for and supported in their placements and"
                + " are happy with the services that they are offered");
        FocusArea carers = area(p, 7, "Increase in number of in house foster carers who are well supported and able to"
                + " meet the needs of children with complex needs, sibling groups and Unaccompanied Asylum Seeking"
                + " children.");

        Measure cla = measure(family, "SP-01", "Children looked after", "The number of children looked after by the"
                        + " council on the last day of the quarter (excluding short breaks). How we will measure impact:"
                        + " a reduction in numbers of children looked after.", MeasureUnit.COUNT,
                Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, null, null, CLA_SOURCE, OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(cla, 292, 262, 0, 3, List.of(
                count(ReportingPeriod.quarter(2021, 4), 294, "294 children looked after at March 2022 (strategy 2022-24)."),
                count(ReportingPeriod.quarter(2022, 4), 292, "292 at 31 March 2023 (DfE, Children looked after in England)."),
                count(ReportingPeriod.quarter(2023, 4), 290, "290 at 31 March 2024 (DfE, Children looked after in England)."),
                count(ReportingPeriod.quarter(2024, 1), 284, "284 at the end of Quarter 1, as reported to the committee in July 2024."),
                count(ReportingPeriod.quarter(2024, 2), 267, "Fell from 284 to 267 in Quarter 2; in August only 2 children"
                        + " became looked after, the lowest month for over a year (committee, 24 October 2024)."),
                count(ReportingPeriod.quarter(2024, 4), 276, "276 at 31 March 2025 (DfE, Children looked after in England).")));
        for (int year = 2022; year <= 2025; year++) {
            target(cla, ReportingPeriod.financialYear(year), "280", "10", "Demo data: illustrative target.");
        }

        Measure rate = measure(family, "SP-02", "Children looked after per 10,000 children", "Children looked after"
                        + " at 31 March per 10,000 children aged 0-17 (ONS mid-year estimate), rounded to a whole number as"
                        + " the DfE publishes it.", MeasureUnit.RATE_PER_10000, Polarity.LOWER_IS_BETTER, Frequency.ANNUAL,
                "Children looked after at 31 March", "Population aged 0-17 (ONS mid-year)",
                "DfE, Children looked after in England including adoptions", ANALYST,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        quoted(rate, List.of(
                ratio(ReportingPeriod.financialYear(2021), 294, 45_370, "The strategy quotes 64.8 per 10,000 at March 2022"
                        + " (one decimal); with DfE rounding 65. The population figure is demo data chosen to give 64.8."),
                ratio(ReportingPeriod.financialYear(2022), 292, 44_804, "DfE published: 65 per 10,000 at 31 March 2023."),
                ratio(ReportingPeriod.financialYear(2023), 290, 45_530, "DfE published: 64 per 10,000 at 31 March 2024."),
                ratio(ReportingPeriod.financialYear(2024), 276, 46_271, "DfE published: 60 per 10,000 at 31 March 2025.")));
        benchmark(rate, ReportingPeriod.financialYear(2020), ComparatorGroup.STATISTICAL_NEIGHBOURS, "65",
                "Corporate Parenting Strategy 2022-24 (DfE 2020/21)");
        benchmark(rate, ReportingPeriod.financialYear(2020), ComparatorGroup.ENGLAND, "67",
                "Corporate Parenting Strategy 2022-24 (DfE 2020/21)");
        for (int year = 2022; year <= 2024; year++) {
            target(rate, ReportingPeriod.financialYear(year), "65", "2",
                    "Demo data: illustrative target, at or below statistical neighbours.");
        }

        Measure starting = measure(edge, "SP-03", "Children starting to be looked after", "Children who started to"
                        + " be looked after during the financial year. Edge-of-care work aims to keep this low.",
                MeasureUnit.COUNT, Polarity.LOWER_IS_BETTER, Frequency.ANNUAL, null, null, CLA_SOURCE, OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY, ParentingPrinciple.BEST_INTERESTS);
        series(starting, 118, 104, 0, 2, List.of(count(ReportingPeriod.financialYear(2021), 121,
                "121 children started to be looked after in 2021/22, and 122 left care (strategy 2022-24).")));

        Measure adoptions = measure(permanence, "SP-04", "Adoptions", "Children adopted from care during the"
                        + " financial year. How we will measure impact: timely matching for children to adopters.",
                MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, null, null,
                "Adoption service records; Adopt East", OFFICER, ParentingPrinciple.SAFETY_AND_STABILITY);
        series(adoptions, 12, 14, 0, 1, List.of(count(ReportingPeriod.financialYear(2022), 12, "12 adoptions completed in"
                + " the year: the figure a performance update gave the committee (seed 001); placing it in 2022-23 is"
                + " demo data.")));

        Measure matching = measure(permanence, "SP-05", "Days from placement order to match with adopters",
                "Average number of days between the court's placement order and the child's match with adopters,"
                        + " for children matched in the quarter.", MeasureUnit.DAYS, Polarity.LOWER_IS_BETTER,
                Frequency.QUARTERLY, null, null, "Adoption service records", OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(matching, 210, 160, 0, 8, List.of());

        Measure distance = measure(stability, "SP-06", "Children placed more than 20 miles from home",
                "Percentage of children looked after placed more than 20 miles from their home address. How we will"
                        + " measure impact: reduction in number of children placed at distance from their home, community"
                        + " and school.", MeasureUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY,
                "Children looked after placed more than 20 miles from home", "Children looked after", CLA_SOURCE,
                OFFICER, ParentingPrinciple.SAFETY_AND_STABILITY, ParentingPrinciple.ACCESS_TO_SERVICES);
        series(distance, 33, 28, 280, 1, List.of(ratio(ReportingPeriod.quarter(2024, 2), 80, 267, "At the end of August"
                + " 2024, 70% of children were placed within 20 miles of home; of the 30% placed further away, 8% were"
                + " unaccompanied asylum-seeking children (committee, 24 October 2024).")));
        for (int year = 2022; year <= 2025; year++) {
            target(distance, ReportingPeriod.financialYear(year), "25", "5", "Demo data: illustrative target.");
        }

        Measure residential = measure(stability, "SP-07", "Children looked after in residential settings",
                "Percentage of children looked after placed in children's homes or other residential settings. How we"
                        + " will measure impact: fewer children in residential settings, more placed with families.",
                MeasureUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY,
                "Children looked after in residential placements", "Children looked after", CLA_SOURCE, OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(residential, 14, 11, 280, 1, List.of());

        Measure moves = measure(stability, "SP-08", "Children with three or more placements in the year",
                "Short-term placement stability (DfE): percentage of children looked after at 31 March who had three or"
                        + " more placements during the year. Monitored through permanence tracking.",
                MeasureUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER, Frequency.ANNUAL,
                "Children looked after at 31 March with 3 or more placements in the year",
                "Children looked after at 31 March", "DfE SSDA903 return", ANALYST,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(moves, 11, 9, 285, 1, List.of());

        Measure stay = measure(stayingPut, "SP-09", "Young people staying put", "Care leavers aged 18-20 living with"
                        + " their former foster carers under a staying put arrangement at the end of the quarter.",
                MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, null, null,
                "After Care service records", OFFICER, ParentingPrinciple.PREPARING_FOR_ADULTHOOD,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(stay, 9, 15, 0, 1, List.of());

        Measure visits = measure(cared, "SP-10", "Social worker visits within timescale", "Percentage of statutory"
                        + " visits to children looked after completed within timescale in the month (a visit one day"
                        + " late counts as late).", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.MONTHLY,
                "Visits due in the month completed within timescale", "Visits due in the month", CLA_SOURCE, OFFICER,
                ParentingPrinciple.BEST_INTERESTS, ParentingPrinciple.SAFETY_AND_STABILITY);
        series(visits, 91, 93, 272, 1, List.of(ratio(ReportingPeriod.month(2022, 6), 257, 272, "94.5% of visits within"
                + " timescale, the figure the Portfolio Holder gave the committee (seed 003); placing it in June 2022"
                + " is demo data.")));
        for (int year = 2022; year <= 2025; year++) {
            target(visits, ReportingPeriod.financialYear(year), "95", "5", "Demo data: illustrative target; members"
                    + " asked what was being done to reach 100%.");
        }

        Measure happy = measure(cared, "SP-11", "Children happy with the services they receive", "Percentage of"
                        + " children and young people responding to the annual Feedback Week survey who say they are"
                        + " happy with the services they are offered.", MeasureUnit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, "Respondents saying they are happy with their services",
                "Respondents to the Feedback Week survey", "Feedback Week survey (Participation Team)", ANALYST,
                ParentingPrinciple.EXPRESS_VIEWS, ParentingPrinciple.TAKE_VIEWS_INTO_ACCOUNT);
        series(happy, 78, 84, 96, 1, List.of());

        Measure fosterCarers = measure(carers, "SP-12", "In-house foster carer households", "Approved in-house"
                        + " fostering households at the end of the quarter. How we will measure impact: the Sufficiency"
                        + " Strategy, including fostering recruitment.", MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY, null, null, "Fostering service records", OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(fosterCarers, 98, 104, 0, 1, List.of());

        Measure uasc = measure(carers, "SP-13", "Unaccompanied asylum-seeking children looked after",
                "Unaccompanied asylum-seeking children looked after at the end of the quarter, against the National"
                        + " Transfer Scheme threshold (0.1% of the child population).", MeasureUnit.COUNT,
                Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, null, null, CLA_SOURCE, OFFICER,
                ParentingPrinciple.SAFETY_AND_STABILITY, ParentingPrinciple.ACCESS_TO_SERVICES);
        series(uasc, 31, 44, 0, 1, List.of(
                count(ReportingPeriod.quarter(2021, 4), 27, "27 (9.2%) of children looked after were unaccompanied"
                        + " asylum-seeking children at March 2022 (strategy 2022-24)."),
                count(ReportingPeriod.quarter(2023, 3), 47, "Above the NTS threshold of 44 in the second half of"
                        + " 2023-24 after an influx (committee, 24 October 2024); the figure is demo data."),
                count(ReportingPeriod.quarter(2023, 4), 46, "Above the NTS threshold of 44 (committee, 24 October 2024);"
                        + " the figure is demo data."),
                count(ReportingPeriod.quarter(2024, 2), 42, "Below the NTS quota; as a port authority Thurrock is always"
                        + " on or about its threshold of 44 (committee, 24 October 2024); the figure is demo data.")));
        for (int year = 2022; year <= 2025; year++) {
            target(uasc, ReportingPeriod.financialYear(year), "44", "0", "National Transfer Scheme threshold, 0.1% of"
                    + " the child population: 44 as the committee was told on 24 October 2024.");
        }
    }

    // ---------------------------------------------------------------- priority 2

    private void health() {
        Priority p = priority(2, "Mental and Physical Health and Wellbeing", "Children's health needs are assessed"
                        + " and met, and they have timely access to mental health support and a say in decisions about"
                        + " their lives.", ParentingPrinciple.BEST_INTERESTS, ParentingPrinciple.EXPRESS_VIEWS,
                ParentingPrinciple.TAKE_VIEWS_INTO_ACCOUNT, ParentingPrinciple.ACCESS_TO_SERVICES);
        FocusArea involve = area(p, 1, "Involve children and young people in decisions that affect their lives, and"
                + " maximise the opportunity to make choices");
        FocusArea assessed = area(p, 2, "Children and Young People's health needs are assessed");
        FocusArea checks = area(p, 3, "All children looked after have up to date immunisations, dental care and"
                + " developmental checks where required.");
        FocusArea mental = area(p, 4, "Children and young people have timely access to mental health assessment and"
                + " treatment");

        Measure reviews = measure(involve, "MH-01", "Reviews of children looked after held on time",
                "Percentage of statutory reviews of children looked after held within timescale in the quarter.",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, "Reviews held within timescale",
                "Reviews due in the quarter", "Independent Reviewing Service records", OFFICER,
                ParentingPrinciple.EXPRESS_VIEWS, ParentingPrinciple.TAKE_VIEWS_INTO_ACCOUNT);
        series(reviews, 92, 95, 270, 1, List.of(ratio(ReportingPeriod.quarter(2022, 3), 251, 270, "93% of reviews held on"
                + " time, including older and unaccompanied children for whom it is harder, as a performance update told"
                + " the committee (seed 001); placing it in Q3 2022-23 is demo data.")));
        for (int year = 2022; year <= 2025; year++) {
            target(reviews, ReportingPeriod.financialYear(year), "95", "2", "The service's 95% standard.");
        }

        Measure participation = measure(involve, "MH-02", "Children participating in their reviews",
                "Percentage of children looked after aged 4 and over who took part in their review (in person, through"
                        + " an advocate or Mind of My Own).", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY, "Children aged 4+ who participated in their review",
                "Reviews of children aged 4+ in the quarter", "Independent Reviewing Service records", OFFICER,
                ParentingPrinciple.EXPRESS_VIEWS);
        series(participation, 86, 92, 230, 1, List.of());

        Measure iha = measure(assessed, "MH-03", "Initial health assessments on time", "Percentage of children"
                        + " who became looked after in the quarter whose initial health assessment was completed within 20"
                        + " working days.", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY,
                "Initial health assessments completed within 20 working days", "Children needing an initial health"
                        + " assessment in the quarter", "Mid and South Essex ICB; CLA health team", ANALYST,
                ParentingPrinciple.BEST_INTERESTS, ParentingPrinciple.ACCESS_TO_SERVICES);
        series(iha, 38, 62, 30, 3, List.of());
        for (int year = 2022; year <= 2025; year++) {
            target(iha, ReportingPeriod.financialYear(year), "90", "10", "Demo data: illustrative target; the committee"
                    + " heard that targets were not being met (24 October 2024).");
        }

        Measure annual = measure(assessed, "MH-04", "Annual health assessments on time", "Percentage of children"
                        + " looked after continuously for 12 months at 31 March whose health assessment was up to date.",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL,
                "Children looked after 12+ months with an up-to-date health assessment",
                "Children looked after continuously for 12 months at 31 March", "DfE SSDA903 return (OC2)", ANALYST,
                ParentingPrinciple.BEST_INTERESTS);
        series(annual, 88, 92, 210, 1, List.of());

        Measure immunisations = measure(checks, "MH-05", "Immunisations up to date", "Percentage of children looked"
                        + " after continuously for 12 months at 31 March whose immunisations were up to date.",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL,
                "Children looked after 12+ months with immunisations up to date",
                "Children looked after continuously for 12 months at 31 March", "DfE SSDA903 return (OC2)", ANALYST,
                ParentingPrinciple.BEST_INTERESTS);
        series(immunisations, 84, 89, 210, 1, List.of());

        Measure dental = measure(checks, "MH-06", "Dental checks up to date", "Percentage of children looked after"
                        + " continuously for 12 months at 31 March who had a dental check in the year.",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL,
                "Children looked after 12+ months with a dental check in the year",
                "Children looked after continuously for 12 months at 31 March", "DfE SSDA903 return (OC2)", ANALYST,
                ParentingPrinciple.BEST_INTERESTS);
        series(dental, 71, 80, 210, 1, List.of());

        Measure sdq = measure(mental, "MH-07", "Average SDQ score", "Average Strengths and Difficulties"
                        + " Questionnaire score of children aged 4-16 looked after for 12 months (0-13 normal, 14-16"
                        + " borderline, 17+ cause for concern).", MeasureUnit.SCORE, Polarity.LOWER_IS_BETTER,
                Frequency.ANNUAL, null, null, "DfE SSDA903 return (OC2)", ANALYST, ParentingPrinciple.BEST_INTERESTS);
        series(sdq, 14.6, 13.9, 0, 0.2, List.of());

        Measure camhs = measure(mental, "MH-08", "CAMHS assessments within 10 working days", "Percentage of"
                        + " children looked after referred to SET CAMHS who were assessed within 10 working days, as the"
                        + " contract requires.", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY,
                "Referrals of children looked after assessed within 10 working days",
                "Referrals of children looked after in the quarter", "SET CAMHS (NELFT) contract monitoring", ANALYST,
                ParentingPrinciple.BEST_INTERESTS, ParentingPrinciple.ACCESS_TO_SERVICES);
        series(camhs, 90, 96, 24, 2, List.of());
    }

    // ---------------------------------------------------------------- priority 3

    private void education() {
        Priority p = priority(3, "Educational Achievement", "Narrow the attainment gap, promote ambition, meet special"
                        + " educational needs and support young people into further and higher education.",
                ParentingPrinciple.HIGH_ASPIRATIONS, ParentingPrinciple.ACCESS_TO_SERVICES);
        FocusArea gap = area(p, 1, "To narrow the educational attainment gap between the CLA cohort and their peers");
        area(p, 2, "Promote ambition for children looked after.");
        area(p, 3, "We will identify any Special Education Needs (SEN) and meet these needs through an Education Health"
                + " Care Plan or other SEN support - helping our young people overcome barriers to education attainment.");
        FocusArea further = area(p, 4, "Support young people to engage in further education and training");

        Measure pep = measure(gap, "EA-01", "Children with an up-to-date personal education plan", "Percentage of"
                        + " children looked after of school age with a personal education plan reviewed in the last 6"
                        + " months, supported by the designated teacher.", MeasureUnit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, "Children of school age with an up-to-date PEP",
                "Children looked after of school age", "Virtual School", ANALYST, ParentingPrinciple.HIGH_ASPIRATIONS);
        series(pep, 89, 96, 190, 1, List.of());

        Measure attainment = measure(gap, "EA-02", "Average Attainment 8 score", "Average Attainment 8 score of"
                        + " children looked after at the end of key stage 4 (academic year ending in the financial year).",
                MeasureUnit.SCORE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL, null, null,
                "Virtual School; DfE key stage 4 results", ANALYST, ParentingPrinciple.HIGH_ASPIRATIONS);
        series(attainment, 19.8, 23.1, 0, 0.6, List.of());

        Measure youngEet = measure(further, "EA-03", "Care leavers aged 17-18 in education, employment or training",
                "Percentage of care leavers aged 17 and 18 in education, employment or training.",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY,
                "Care leavers aged 17-18 in EET", "Care leavers aged 17-18", "After Care service records", OFFICER,
                ParentingPrinciple.HIGH_ASPIRATIONS, ParentingPrinciple.PREPARING_FOR_ADULTHOOD);
        series(youngEet, 76, 79, 60, 2, List.of(ratio(ReportingPeriod.quarter(2021, 4), 48, 60, "80% of care leavers aged"
                + " 17/18 in education, employment or training, above statistical neighbours and the national figure"
                + " (strategy 2022-24).")));

        Measure university = measure(further, "EA-04", "Care leavers at university", "Care leavers aged 18-25 in"
                        + " higher education at the end of the year.", MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER,
                Frequency.ANNUAL, null, null, "After Care service records", OFFICER, ParentingPrinciple.HIGH_ASPIRATIONS);
        series(university, 11, 16, 0, 1, List.of());
    }

    // ---------------------------------------------------------------- priority 4

    private void independence() {
        Priority p = priority(4, "Employment and Independence", "Care leavers know their entitlements, live in"
                        + " suitable homes, are in education, employment or training and are ready for independence.",
                ParentingPrinciple.PREPARING_FOR_ADULTHOOD, ParentingPrinciple.HIGH_ASPIRATIONS,
                ParentingPrinciple.ACCESS_TO_SERVICES);
        area(p, 1, "Ensure that CLA and Care leaver's rights and entitlements information is transparent and accessible.");
        FocusArea transition = area(p, 2, "Care Leavers needing transition to Adult Social Care have timely assessment"
                + " and plans");
        FocusArea homes = area(p, 3, "Care leavers live in suitable accommodation and have access to a secure home when"
                + " they are ready to manage a tenancy");
        FocusArea eetArea = area(p, 4, "Care Leavers are engaged in employment, education or training");
        FocusArea skills = area(p, 5, "Care Leavers are supported to develop independence skills");

        Measure eet = measure(eetArea, "EI-01", "Care leavers aged 19-21 in education, employment or training",
                "Percentage of care leavers aged 19, 20 and 21 in education, employment or training at the end of the"
                        + " quarter (tracking data EET).", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY, "Care leavers aged 19-21 in EET", "Care leavers aged 19-21",
                "After Care service records", OFFICER, ParentingPrinciple.PREPARING_FOR_ADULTHOOD,
                ParentingPrinciple.HIGH_ASPIRATIONS);
        series(eet, 44, 48, 194, 1, List.of(
                ratio(ReportingPeriod.quarter(2024, 1), 80, 195, "41% at the end of Quarter 1 (committee, 24 October 2024)."),
                ratio(ReportingPeriod.quarter(2024, 2), 83, 194, "Demo data: first entry, corrected below.")));
        // the August figure replaced a first entry: the value's history shows both
        revise(eet, ReportingPeriod.quarter(2024, 2), 84, 194, "43.3% at the end of August 2024, a slow month-on-month"
                + " rise (committee, 24 October 2024). Demo data: the first entry of 42.8% was corrected.");
        for (int year = 2022; year <= 2025; year++) {
            target(eet, ReportingPeriod.financialYear(year), "70", "5", "The service's ambition of 70% (seed 002).");
        }

        Measure accommodation = measure(homes, "EI-02", "Care leavers aged 19-21 in suitable accommodation",
                "Percentage of care leavers aged 19-21 in suitable accommodation at the end of the quarter (tracking"
                        + " data on suitable accommodation).", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY, "Care leavers aged 19-21 in suitable accommodation", "Care leavers aged 19-21",
                "After Care service records", OFFICER, ParentingPrinciple.PREPARING_FOR_ADULTHOOD,
                ParentingPrinciple.SAFETY_AND_STABILITY);
        series(accommodation, 86, 91, 194, 1, List.of());

        Measure pathway = measure(skills, "EI-03", "Pathway plans completed on time", "Percentage of pathway plans"
                        + " due in the month that were completed or reviewed on time (care leavers have good pathway"
                        + " plans to support them).", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                Frequency.MONTHLY, "Pathway plans completed on time", "Pathway plans due in the month",
                "After Care service records", OFFICER, ParentingPrinciple.PREPARING_FOR_ADULTHOOD);
        series(pathway, 66, 88, 50, 2, List.of(ratio(ReportingPeriod.month(2022, 4), 29, 50, "Only 58% of pathway plans"
                + " completed in April, as the Portfolio Holder told the committee (seed 003); placing it in April 2022"
                + " is demo data.")));
        for (int year = 2022; year <= 2025; year++) {
            target(pathway, ReportingPeriod.financialYear(year), "90", "10", "Demo data: illustrative target.");
        }

        Measure adults = measure(transition, "EI-04", "Transition plans agreed by 17 and a half", "Percentage of young"
                        + " people eligible for adult social care whose transition assessment and plan were agreed by the"
                        + " age of 17 and a half (track transition planning to Adult Social Care).",
                MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.ANNUAL,
                "Eligible young people with a transition plan by 17.5", "Young people eligible for adult social care",
                "Adult Social Care transitions tracker", OFFICER, ParentingPrinciple.PREPARING_FOR_ADULTHOOD);
        series(adults, 70, 85, 20, 1, List.of());
    }

    // ---------------------------------------------------------------- engagement plan (Appendix 3)

    private void engagementPlan() {
        String lacLead = "Strategic Lead for Looked After Children";
        String participation = "Participation Lead";
        EngagementObjective o1 = objective(1, "Ensure that all Elected Members and partners are aware of their"
                + " Corporate Parenting responsibilities");
        EngagementAction copy = action(o1, "Provide copy of corporate parenting strategy to all Elected Members and"
                + " partners.", "Strategy distributed", lacLead + " / " + participation, LocalDate.of(2022, 7, 31), null);
        note(copy, "Strategy sent to all Elected Members and partners after the committee approved it on 19 July 2022.",
                EngagementStatus.COMPLETE, null, LocalDate.of(2022, 7, 28));
        EngagementAction training = action(o1, "Offer Corporate Parenting training to all Elected members and partners.",
                "Training delivered to all members; training evaluation", lacLead + " / " + participation,
                LocalDate.of(2022, 9, 30), "Quarterly");
        note(training, "Demo data: first session held; 14 members attended, evaluation positive.",
                EngagementStatus.ONGOING, LocalDate.of(2022, 12, 31), LocalDate.of(2022, 9, 29));
        note(training, "Power of Participation workshop for councillors well attended, with great feedback"
                + " (committee, 24 October 2024).", EngagementStatus.ONGOING, LocalDate.of(2025, 1, 31),
                LocalDate.of(2024, 10, 25));

        EngagementObjective o2 = objective(2, "Corporate Parenting Members strengthen their links with Children in Care"
                + " Council and Care Leavers");
        EngagementAction attend = action(o2, "Each Member of Corporate Parenting Committee (CPC) to attend the Children"
                + " in Care Council (CiCC) at least annually by invitation.", "Meeting minutes; LAC more aware of CPC;"
                + " improved collaboration and support", "Participation Team and CPC Chair", LocalDate.of(2023, 7, 31),
                "Commencing July 2022 and annually thereafter");
        note(attend, "Demo data: five of seven members attended a CiCC meeting in 2022-23.", EngagementStatus.ONGOING,
                LocalDate.of(2024, 7, 31), LocalDate.of(2023, 7, 20));
        EngagementAction chair = action(o2, "Chair of CPC and Assistant Director to attend CiCC at least 6 monthly by"
                + " invitation.", "Meeting minutes; improved collaboration and support",
                "CPC Chair / Assistant Director Children's Services", LocalDate.of(2023, 1, 31), "6 monthly");
        chair.setStatus(EngagementStatus.IN_PROGRESS);

        EngagementObjective o3 = objective(3, "Corporate Parenting Committee Members to engage with LAC and Care"
                + " Leavers to improve Services");
        EngagementAction events = action(o3, "CPC members support and attend Celebration events and appropriate"
                + " activities attended by LAC and Care Leavers supported by the Participation worker.",
                "Feedback from young people and Members", participation + " / CPC Chair", LocalDate.of(2025, 3, 31), null);
        note(events, "Members offered to mentor care leavers and to ask businesses in their wards for work experience"
                + " (committee, 24 October 2024).", EngagementStatus.IN_PROGRESS, null, LocalDate.of(2024, 10, 25));

        EngagementObjective o4 = objective(4, "Ensure all Children's Services Managers are aware of their Corporate"
                + " Parenting responsibilities");
        EngagementAction briefing = action(o4, "Link to Strategy sent to all CSC managers for dissemination; briefing to"
                + " managers.", "Briefing delivered and Strategy shared", participation, LocalDate.of(2022, 7, 31), null);
        note(briefing, "Demo data: briefing delivered at the managers' forum; strategy shared.",
                EngagementStatus.COMPLETE, null, LocalDate.of(2022, 7, 26));

        EngagementObjective o5 = objective(5, "CSC and After Care managers regularly engage with CLA and Care Leavers to"
                + " get an understanding of their lived experience of care and as a result are able to evidence an"
                + " improvement in outcomes");
        action(o5, "Managers to engage in and listen to the Voice of the Child through: purposeful supervision; case"
                + " auditing; work shadowing; attendance at reviews; exit interviews.", "Managers at all levels in"
                + " Children's Services routinely attend, contribute and facilitate improvement work with children and"
                + " young people through these activities and are able to evidence change as a result of their"
                + " engagement.", "Strategic Leads, Service Managers, Team Managers", LocalDate.of(2024, 3, 31),
                "Regularly throughout the year").setStatus(EngagementStatus.IN_PROGRESS);

        EngagementObjective o6 = objective(6, "Ensure partner Agencies and all Council Departments are aware of the"
                + " strategy and how it relates to their work");
        EngagementAction partners = action(o6, "Briefing through Local Safeguarding Childrens Partnership and engagement"
                + " with partners.", "Minutes", lacLead + " / " + participation, LocalDate.of(2023, 3, 31),
                "Regularly throughout the year");
        note(partners, "Officers were talking with all directorates about what could be offered to care leavers;"
                + " initial feedback positive (committee, 24 October 2024).", EngagementStatus.ONGOING,
                LocalDate.of(2025, 3, 31), LocalDate.of(2024, 10, 25));
    }

    private EngagementObjective objective(int number, String text) {
        EngagementObjective o = new EngagementObjective(strategy, number, text);
        em.persist(o);
        return o;
    }

    private EngagementAction action(EngagementObjective o, String text, String evidence, String lead, LocalDate review,
                                    String schedule) {
        EngagementAction a = new EngagementAction(o, text, evidence, lead, review, schedule);
        em.persist(a);
        return a;
    }

    private void note(EngagementAction a, String text, EngagementStatus status, LocalDate nextReview, LocalDate on) {
        em.persist(a.recordProgress(text, status, nextReview, OFFICER, at(on)));
    }

    // ---------------------------------------------------------------- traceability

    /** The performance items of the July and October 2024 meetings, and the health and fostering items of October. */
    private void links() {
        link("Children's Social Care Performance", LocalDate.of(2024, 10, 24), "SP-01", "SP-06", "SP-10", "SP-13",
                "EI-01");
        link("Children's Social Care Performance", LocalDate.of(2024, 7, 31), "SP-01", "EI-01");
        link("SET CAMHS Report for Looked After Children", LocalDate.of(2024, 10, 24), "MH-08");
        link("Initial Health Assessment for Looked After Children", LocalDate.of(2024, 10, 24), "MH-03");
        link("Recruitment and Retention of Foster Carers", LocalDate.of(2024, 10, 24), "SP-12");
    }

    private void link(String title, LocalDate date, String... codes) {
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.title = :title"
                + " AND i.meeting.date = :date AND i.meeting.committee.name = 'Corporate Parenting Committee'",
                AgendaItem.class).setParameter("title", title).setParameter("date", date).getResultList();
        for (AgendaItem item : items) {
            for (String code : codes) {
                em.persist(new MeasureAgendaLink(measures.get(code), item, "clerk", at(date.plusDays(1))));
            }
        }
    }

    // ---------------------------------------------------------------- building blocks

    private Priority priority(int number, String title, String description, ParentingPrinciple... principles) {
        Priority p = new Priority(strategy, number, title);
        p.setDescription(description);
        p.setPrinciples(Set.of(principles));
        em.persist(p);
        return p;
    }

    private FocusArea area(Priority p, int number, String text) {
        FocusArea f = new FocusArea(p, number, text);
        em.persist(f);
        return f;
    }

    private Measure measure(FocusArea area, String code, String name, String definition, MeasureUnit unit,
                            Polarity polarity, Frequency frequency, String numerator, String denominator, String source,
                            String owner, ParentingPrinciple... principles) {
        Measure m = new Measure(area, code, name, definition, unit, polarity, frequency);
        m.setFormula(numerator, denominator);
        m.setDataSource(source);
        m.setOwnerUsername(owner);
        m.setPrinciples(principles.length == 0 ? EnumSet.noneOf(ParentingPrinciple.class) : Set.of(principles));
        m.renumber(measures.values().stream().filter(x -> x.getFocusArea() == area).mapToInt(x -> 1).sum() + 1);
        em.persist(m);
        measures.put(code, m);
        return m;
    }

    private void target(Measure m, ReportingPeriod period, String value, String tolerance, String note) {
        Target t = new Target(m, period, new BigDecimal(value), new BigDecimal(tolerance));
        t.setNote(note);
        em.persist(t);
    }

    private void benchmark(Measure m, ReportingPeriod period, ComparatorGroup group, String value, String source) {
        em.persist(new Benchmark(m, period, group, new BigDecimal(value), source, null));
    }

    /**
     * The measure's values from 2022-23 to the last period that has ended (at most 2025-26): the known ones as
     * quoted, the others invented along a line from {@code from} to {@code to} with a small deterministic wobble
     * of {@code step}. For rates and percentages {@code cohort} is the denominator the numerator is taken of.
     */
    private void series(Measure m, double from, double to, int cohort, double step, List<Known> known) {
        Map<ReportingPeriod, Known> quoted = new HashMap<>();
        known.forEach(k -> quoted.put(k.period(), k));
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod p = ReportingPeriod.of(m.getFrequency(), LocalDate.of(2022, 4, 1));
             lastYear.covers(p) || p.getStart().isBefore(lastYear.getStart()); p = p.next()) {
            if (p.getEnd().isBefore(today)) {
                periods.add(p);
            }
        }
        known.stream().map(Known::period).filter(p -> !periods.contains(p)).forEach(periods::add);
        periods.sort(null);
        int n = periods.size();
        for (int i = 0; i < n; i++) {
            ReportingPeriod p = periods.get(i);
            Known k = quoted.get(p);
            if (k != null) {
                write(m, k.period(), k.value(), k.numerator(), k.denominator(), k.commentary());
                continue;
            }
            double level = from + (to - from) * i / Math.max(1, n - 1) + WOBBLE[i % WOBBLE.length] * step;
            if (m.getUnit().isComputed()) {
                int denominator = cohort + WOBBLE[(i + 3) % WOBBLE.length];
                int numerator = (int) Math.round(Math.max(0, Math.min(100, level)) * denominator / 100.0);
                write(m, p, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), DEMO);
            } else {
                BigDecimal value = BigDecimal.valueOf(Math.max(0, level))
                        .setScale(m.getUnit() == MeasureUnit.SCORE ? 1 : 0, RoundingMode.HALF_UP);
                write(m, p, value, null, null, DEMO);
            }
        }
    }

    /** Only the values the papers quote (the DfE's published rates): nothing is invented for this measure. */
    private void quoted(Measure m, List<Known> known) {
        known.forEach(k -> write(m, k.period(), k.value(), k.numerator(), k.denominator(), k.commentary()));
    }

    private void write(Measure m, ReportingPeriod period, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                       String commentary) {
        BigDecimal v = numerator == null ? value
                : MeasureFormula.compute(m.getUnit(), numerator, denominator, m.getDecimalPlaces());
        MeasureValue mv = new MeasureValue(m, period, v, numerator, denominator, commentary, m.getOwnerUsername(),
                enteredAt(period));
        em.persist(mv);
        em.persist(mv.firstRevision(RevisionSource.ENTRY));
        values++;
    }

    private void revise(Measure m, ReportingPeriod period, int numerator, int denominator, String commentary) {
        em.flush();
        MeasureValue v = em.createNamedQuery("MeasureValue.findByMeasureAndStart", MeasureValue.class)
                .setParameter("measureId", m.getId()).setParameter("start", period.getStart()).getSingleResult();
        BigDecimal num = BigDecimal.valueOf(numerator);
        BigDecimal den = BigDecimal.valueOf(denominator);
        MeasureValueRevision r = v.revise(MeasureFormula.compute(m.getUnit(), num, den, m.getDecimalPlaces()), num, den,
                commentary, ANALYST, enteredAt(period).plusSeconds(86_400L * 20), RevisionSource.ENTRY);
        em.persist(r);
    }

    /** Values are entered a fortnight after their period ends (or today, if sooner). */
    private Instant enteredAt(ReportingPeriod period) {
        LocalDate day = period.getEnd().plusDays(14);
        return at(day.isAfter(today) ? today : day);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
    }
}
