package org.cpchub.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.cpchub.it.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page, in each of its states (list, detail, edit form, validation messages, error page), passes
 * axe-core's WCAG 2.2 A and AA rules with no violation. Add every new page here.
 */
class AccessibilityIT {
    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    private void check(String path, String what) {
        browser.open(path);
        browser.assertAccessible(what);
    }

    @Test
    void publicPages() {
        check("/", "public home");
        check("/accessibility.xhtml", "accessibility statement");
        check("/committees.xhtml", "public committee list");
        browser.click(By.linkText("Corporate Parenting Committee"));
        browser.waitForText("Terms of reference");
        browser.assertAccessible("public committee page");
        browser.click(By.linkText("Work programme"));
        browser.waitForText("Work programme");
        browser.assertAccessible("public work programme");
        check("/meetings.xhtml", "public upcoming meetings");
        check("/meetings.xhtml?when=past", "public past meetings");
        browser.click(By.partialLinkText("31 July 2024"));
        browser.waitForText("Add to calendar");
        browser.assertAccessible("public meeting page");
        browser.click(By.partialLinkText("Fostering Allowances"));
        browser.waitForText("Schedule 12A");
        browser.assertAccessible("public page of an exempt item");
        browser.type(By.id("site-search-q"), "foster carers");
        browser.click(By.cssSelector(".site-search button"));
        browser.waitForText("best first");
        browser.assertAccessible("public search results");
        check("/search.xhtml?q=foster&from=31/07/2024", "public search with a bad date");
        check("/search.xhtml?q=nothingmatchesthis", "public search without results");
        check("/login.xhtml", "sign-in page");
        browser.type(By.id("login:username"), "nobody");
        browser.type(By.id("login:password"), "wrong password here");
        browser.click(By.id("login:signIn"));
        browser.waitForText("Sign-in failed");
        browser.assertAccessible("sign-in page with its error message");
        check("/no-such-page.xhtml", "404 page");
        check("/error/403.xhtml", "403 page");
        check("/error/500.xhtml", "500 page");
        check("/error/expired.xhtml", "expired page");
    }

    @Test
    void staffPagesAsAdministrator() {
        browser.signIn("ADMIN");
        check("/staff/index.xhtml", "staff home");
        check("/staff/directory/committees.xhtml", "committee list");
        browser.click(By.linkText("Corporate Parenting Committee"));
        browser.waitForText("Current members");
        browser.assertAccessible("committee page");
        browser.click(By.id("details:edit"));
        browser.find(By.id("details:name"));
        browser.assertAccessible("committee edit form");
        browser.find(By.id("details:name")).clear();
        browser.click(By.id("details:save"));
        browser.waitForText("Enter the committee's name");
        browser.assertAccessible("committee form with a validation message");

        check("/staff/directory/committee.xhtml", "new committee form");
        check("/staff/directory/people.xhtml", "people list");
        browser.click(By.partialLinkText("Cllr Priya Shah"));
        browser.waitForText("Committees and panels");
        browser.assertAccessible("person page");
        browser.click(By.id("details:edit"));
        browser.find(By.id("details:name"));
        browser.assertAccessible("person edit form");
        check("/staff/directory/person.xhtml", "new person form");

        check("/staff/admin/users.xhtml", "user list");
        browser.click(By.linkText("clerk"));
        browser.waitForText("Reset the password");
        browser.assertAccessible("user page");
        check("/staff/admin/user.xhtml", "new user form");
        check("/staff/admin/audit.xhtml", "audit trail");
        assertFalse(browser.driver().getPageSource().contains("No audit entries match"), "the trail has entries");
    }

    @Test
    void signingInAsSomeoneElseReplacesTheSignedInUser() {
        browser.signIn("MEMBER");
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "nobody");
        browser.type(By.id("login:password"), "wrong password here");
        browser.click(By.id("login:signIn"));
        browser.waitForText("Sign-in failed");
        browser.open("/staff/index.xhtml");
        org.junit.jupiter.api.Assertions.assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"),
                "a failed sign-in leaves nobody signed in");
    }

    @Test
    void meetingPagesAsAClerk() {
        browser.signIn("CLERK");
        check("/staff/meetings/meetings.xhtml", "upcoming meetings");
        browser.open("/staff/meetings/meetings.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("list:when"))).selectByValue("past");
        browser.waitForTextIn(By.id("list:table"), "24 October 2024");
        browser.click(By.linkText("24 October 2024"));
        browser.waitForText("Attendance");
        browser.assertAccessible("meeting page with minutes drafted");
        browser.click(By.xpath("//a[contains(., 'Children') and contains(., 'Performance')]"));
        browser.waitForText("Minutes of the item");
        browser.assertAccessible("meeting page with an item open for minutes");
        browser.click(By.linkText("Minutes"));
        browser.waitForText("Members noted and commented");
        browser.assertAccessible("minutes as published");
        browser.click(By.linkText("Corporate Parenting Committee, 24 October 2024"));
        browser.click(By.linkText("Agenda as published"));
        browser.waitForText("Declaration of Interests");
        browser.assertAccessible("agenda as published");
        browser.open("/staff/meetings/meetings.xhtml?when=all");
        browser.click(By.linkText("21 January 2025"));
        browser.click(By.linkText("Agenda as published"));
        browser.waitForText("Open action points brought forward");
        browser.assertAccessible("agenda with the open actions brought forward");
        check("/staff/meetings/actions.xhtml", "action log");
        check("/staff/meetings/programme.xhtml", "work programme");
    }

    @Test
    void calendarAsAdministrator() {
        browser.signIn("ADMIN");
        check("/staff/admin/settings.xhtml", "council settings");
    }

    @Test
    void staffPagesAsAReader() {
        browser.signIn("MEMBER");
        check("/staff/index.xhtml", "staff home of a member");
        check("/staff/directory/committees.xhtml", "committee list of a member");
        browser.click(By.linkText("Fostering and Adoption Panel"));
        browser.waitForText("Current members");
        browser.assertAccessible("panel page of a member");
    }

    @Test
    void strategyPagesAsAnalyst() {
        browser.signIn("ANALYST");
        check("/staff/strategy/index.xhtml", "strategy dashboard");
        browser.click(By.partialLinkText("SP-02 "));
        browser.waitForText("Changes to the figures");
        browser.assertAccessible("measure page of a rate, with chart");
        check("/staff/strategy/entry.xhtml", "value entry for an analyst");
        check("/staff/strategy/import.xhtml", "value import");
        check("/staff/strategy/engagement.xhtml", "engagement plan with overdue reviews");
        check("/staff/strategy/reports.xhtml", "performance reports");
        check("/staff/strategy/manage.xhtml", "managing the strategy's measures");
    }
}
