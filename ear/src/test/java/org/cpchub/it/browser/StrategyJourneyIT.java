package org.cpchub.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cpchub.it.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Strategy monitoring in the browser: an officer enters a quarter's values for the measures they own (a wrong
 * figure is explained and kept, the right ones saved) and sees them on the dashboard and the measure's page with
 * its history; an analyst makes the quarter's performance report and a clerk attaches it to the agenda item where
 * it is presented. Every page on the way passes axe.
 */
class StrategyJourneyIT {

    @Test
    void anOfficerEntersAQuartersValuesForTheirMeasures() {
        try (Browser b = new Browser()) {
            b.signIn("OFFICER");
            b.click(By.linkText("Enter values"));
            b.waitForText("Your measures");
            b.assertAccessible("value entry page");
            String quarter = new Select(b.find(By.id("entry:quarter"))).getFirstSelectedOption().getText();

            List<WebElement> numerators = b.driver().findElements(By.cssSelector("input[id$=':numerator']"));
            List<WebElement> plain = b.driver().findElements(By.cssSelector("input[id$=':value']"));
            assertFalse(plain.isEmpty() && numerators.isEmpty(), "the officer owns measures");
            for (WebElement input : plain) {
                input.clear();
                input.sendKeys("12");
            }
            for (WebElement input : b.driver().findElements(By.cssSelector("input[id$=':denominator']"))) {
                input.clear();
                input.sendKeys("60");
            }
            for (WebElement input : numerators) {
                input.clear();
                input.sendKeys("30");
            }
            if (!numerators.isEmpty()) {
                // a numerator above its denominator is refused and explained next to the measure, input kept
                numerators.get(0).clear();
                numerators.get(0).sendKeys("75");
            }
            b.driver().findElements(By.cssSelector("textarea[id$=':commentary']")).get(0)
                    .sendKeys("Entered in the browser test");
            b.click(By.id("entry:save"));
            if (!numerators.isEmpty()) {
                b.waitForText("not saved: see the reasons next to the measures");
                b.assertAccessible("value entry with a refused row");
                WebElement kept = b.find(By.cssSelector("input[id$=':numerator']"));
                assertEquals("75", kept.getAttribute("value"), "the wrong figure is kept to correct");
                kept.clear();
                kept.sendKeys("30");
                b.click(By.id("entry:save"));
            }
            b.waitForText("values saved.");
            String firstMeasure = b.find(By.cssSelector(".entry-table tbody th")).getText().split(" ")[0];

            b.click(By.linkText("Strategy"));
            b.waitForText("Overall:");
            b.assertAccessible("strategy dashboard");
            b.click(By.partialLinkText(firstMeasure + " "));
            b.waitForText("Changes to the figures");
            b.assertAccessible("measure page with chart and table");
            String page = b.find(By.tagName("main")).getText();
            assertTrue(page.contains(quarter) || page.contains(quarter.replace("Q", "Quarter ")),
                    "the quarter's value is in the table: " + quarter);
            assertTrue(page.contains("officer"), "the change is recorded with who made it");
            assertTrue(b.driver().findElements(By.cssSelector("canvas")).size() >= 1, "the trend chart is drawn");
        }
    }

    @Test
    void anAnalystMakesTheReportAndAClerkAttachesItToAnAgendaItem() {
        String label;
        String linked;
        try (Browser b = new Browser()) {
            b.signIn("ANALYST");
            b.click(By.linkText("Performance reports"));
            b.waitForText("Make a report");
            b.assertAccessible("performance reports page");
            label = new Select(b.find(By.id("generate:period"))).getFirstSelectedOption().getText();
            b.click(By.id("generate:generate"));
            b.waitForText("The report for " + label + " was made for publication.");
            b.waitForTextIn(By.id("archive"), label);
        }
        try (Browser b = new Browser()) {
            b.signIn("CLERK");
            b.click(By.linkText("Performance reports"));
            b.waitForText("Attach a report to an agenda item");
            assertTrue(b.driver().findElements(By.id("generate:generate")).isEmpty(), "a clerk does not make reports");
            new Select(b.find(By.id("attach:report"))).selectByVisibleText(label + " (for publication)");
            new Select(b.find(By.id("attach:attachMeeting")))
                    .selectByVisibleText("Corporate Parenting Committee, 21 January 2025");
            b.waitForTextIn(By.id("attach:attachItem"), "Children's Social Care Performance");
            new Select(b.find(By.id("attach:attachItem"))).selectByVisibleText("5. Children's Social Care Performance");
            b.assertAccessible("attaching a report");
            b.click(By.id("attach:attach"));
            b.waitForText("is now a document of item 5 (Children's Social Care Performance) of the meeting of"
                    + " 21 January 2025");
            b.waitForTextIn(By.id("archive"), "21 January 2025, item 5");

            b.open("/staff/meetings/meetings.xhtml?when=all");
            b.click(By.linkText("21 January 2025"));
            b.waitForText("Children's Social Care Performance");
            // the item is linked to the measure it discussed; the measure's page lists the item in turn
            b.click(By.linkText("Children's Social Care Performance"));
            b.waitForText("Measures discussed");
            Select measureChoice = new Select(b.find(By.id("measures:measure")));
            measureChoice.selectByIndex(1);
            linked = measureChoice.getFirstSelectedOption().getText();
            b.click(By.id("measures:link"));
            b.waitForText("The measure is linked to item 5.");
            b.assertAccessible("agenda item with its linked measures");
            java.net.URI meeting = java.net.URI.create(b.driver().getCurrentUrl());
            b.open(meeting.getPath().replace("meeting.xhtml", "agenda.xhtml") + "?" + meeting.getQuery());
            b.waitForText("Children's Social Care Performance: " + label);
            b.open("/staff/strategy/index.xhtml");
            b.click(By.partialLinkText(linked.split(" ")[0] + " "));
            b.waitForText("Discussed at");
            b.waitForText("21 January 2025: item 5 Children's Social Care Performance");
        }
    }
}
