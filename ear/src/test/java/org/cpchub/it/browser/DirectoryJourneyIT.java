package org.cpchub.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.cpchub.it.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** What a clerk does in the directory, end to end in a real browser, and what the administrator then sees. */
class DirectoryJourneyIT {

    @Test
    void aClerkCreatesACommitteeAddsAMemberAndTheAdministratorSeesItInTheAuditTrail() {
        String name = "Care Leavers Sub-Committee " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser b = new Browser()) {
            b.signIn("CLERK");
            b.open("/staff/directory/committees.xhtml");
            b.click(By.id("list:new"));
            assertEquals("New committee or panel", b.heading());
            b.type(By.id("details:name"), name);
            b.type(By.id("details:quorum"), "3");
            b.type(By.id("details:venue"), "Committee Room 1, Civic Offices");
            b.type(By.id("details:terms"), "To hear from care leavers and follow up the Care Leavers Covenant.");
            b.click(By.id("details:save"));
            b.waitForText(name + " was created.");
            assertEquals(name, b.heading());

            b.type(By.id("members:person_input"), "Priya");
            b.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Cllr Priya Shah')]"));
            b.type(By.id("members:fromDate_input"), "18/05/2026" + Keys.ESCAPE);
            b.click(By.id("members:add"));
            b.waitForText("Cllr Priya Shah was added as Member.");
            assertTrue(b.waitForTextIn(By.id("members:current"), "Cllr Priya Shah").contains("Member"));
            b.signOut();

            b.signIn("ADMIN");
            b.open("/staff/admin/audit.xhtml");
            b.type(By.id("filter:text"), name);
            b.click(By.id("filter:apply"));
            String trail = b.waitForTextIn(By.id("filter:table"), "Cllr Priya Shah on " + name);
            assertTrue(trail.contains("clerk"), trail);
            assertTrue(trail.contains("Committee: " + name), trail);
            assertTrue(trail.contains("Cllr Priya Shah on " + name), trail);
        }
    }

    @Test
    void theSecondOfTwoClerksEditingACommitteeGetsAConflictAndKeepsTheirInput() {
        String name = "Conflict Journey " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser alice = new Browser(); Browser bob = new Browser()) {
            alice.signIn("CLERK");
            alice.open("/staff/directory/committee.xhtml");
            alice.type(By.id("details:name"), name);
            alice.click(By.id("details:save"));
            alice.waitForText(name + " was created.");
            String url = alice.driver().getCurrentUrl();

            bob.signIn("ADMIN");
            bob.driver().get(url);
            alice.click(By.id("details:edit"));
            bob.click(By.id("details:edit"));

            alice.type(By.id("details:venue"), "Council Chamber");
            alice.click(By.id("details:save"));
            alice.waitForText(name + " was saved.");

            bob.type(By.id("details:venue"), "Committee Room 3");
            bob.click(By.id("details:save"));
            bob.waitForText("changed by someone else");
            assertEquals("Committee Room 3", bob.find(By.id("details:venue")).getAttribute("value"),
                    "Bob's input is still in the form");
            bob.assertAccessible("edit conflict message");
        }
    }

    @Test
    void aCommitteeWithMembersCannotBeDeletedAndThePageSaysWhy() {
        try (Browser b = new Browser()) {
            b.signIn("CLERK");
            b.open("/staff/directory/committees.xhtml");
            b.click(By.linkText("Children's Services Overview and Scrutiny Committee"));
            b.waitForText("Current members");
            b.driver().executeScript("window.confirm = function() { return true; };");
            b.click(By.id("details:delete"));
            b.waitForText("cannot be deleted");
            assertTrue(b.driver().getPageSource().contains("mark it as dissolved instead"));
        }
    }
}
