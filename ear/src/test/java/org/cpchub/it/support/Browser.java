package org.cpchub.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the axe-core WCAG 2.2 A/AA check. Uses the system's
 * chromium and chromedriver (installed by .ci/run), never a downloaded browser.
 */
public final class Browser implements AutoCloseable {
    /** The axe rule tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-GB");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("cpchub-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(StaffSession.BASE + path);
        return this;
    }

    public Browser signIn(String role) {
        return signIn(StaffSession.LOGIN_OF_ROLE.get(role), StaffSession.DEMO_PASSWORD);
    }

    public Browser signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        driver.findElement(By.id("login:signIn")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
        return this;
    }

    public void signOut() {
        driver.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Types into the field, finding it again if an Ajax update replaced it meanwhile. */
    public void type(By by, String text) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
            WebElement e = d.findElement(by);
            if (!e.isDisplayed()) {
                return false;
            }
            e.clear();
            e.sendKeys(text);
            return true;
        });
    }

    /** Chooses a file in a file input. */
    public void attach(By by, java.nio.file.Path file) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(by).sendKeys(file.toAbsolutePath().toString());
            return true;
        });
    }

    public void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement e = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (e == null) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Waits until the page (or an Ajax update) shows the text. */
    public void waitForText(String text) {
        try {
            wait.until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("The page never showed \"" + text + "\"; it shows: "
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Waits until the element (which an Ajax update may replace meanwhile) shows the text; returns its text. */
    public String waitForTextIn(By by, String text) {
        try {
            return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String shown = d.findElement(by).getText();
                        return shown.contains(text) ? shown : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(by + " never showed \"" + text + "\"", e);
        }
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** Runs axe on the page as it is now and fails with a readable list of every WCAG 2.2 A/AA violation. */
    public void assertAccessible(String what) {
        screenshot("page-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot("axe-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            String report = violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp()
                    + v.getNodes().stream().limit(5).map(n -> "\n      " + n.getTarget() + " " + n.getFailureSummary()
                            .replace('\n', ' ')).collect(Collectors.joining()))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError(what + ": " + violations.size() + " WCAG 2.2 A/AA violation(s)\n  " + report);
        }
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
