package io.notelint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The note editor page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): type a note, see its finding highlighted with its suggestion, select the finding's words
 * from the keyboard, switch the profile and see the severity change. Waits poll the page for what it
 * must show (up to a generous bound): nothing is timed.
 *
 * <p>With {@code -Dnotelint.screenshot=FILE} it saves the page with its findings there (docs/img/editor.png).
 */
class EditorPageTest {

    private static final String NOTE = "S: Client refused medication this week and reports sleeping 6 hours a night.\n"
            + "O: Alert, oriented, speech normal. Processed feelings about the week.\n"
            + "A: Depressive symptoms unchanged. Denies SI/HI.\n"
            + "P: Next session 12/14 at 10:00 to review the medication plan.";

    @TempDir
    static Path profileDir;

    static NoteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        Path chromium = onPath("chromium");
        Path driver = onPath("chromedriver");
        // CI installs both (.ci/run): there a missing browser is a failure, not a silent skip
        assertThat((chromium != null && driver != null) || System.getenv("CI") == null)
                .as("chromium and chromedriver on the PATH in CI").isTrue();
        Assumptions.assumeTrue(chromium != null && driver != null, "chromium or chromium-driver is not installed");
        server = NoteServer.builder().settings(ServerSettings.defaults().withWorkers(2)).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profileDir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static WebDriverWait until() {
        // the list is redrawn on each answer: an element read during a redraw is looked up again
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class);
    }

    private static WebElement finding(String ruleId) {
        List<WebElement> found = browser.findElements(By.cssSelector("li.finding[data-rule='" + ruleId + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of the first element the selector finds, lower case; empty when there is none. */
    private static String read(String selector) {
        Object v = ((JavascriptExecutor) browser).executeScript(
                "var e = document.querySelector(arguments[0]); return e ? e.textContent.toLowerCase() : '';", selector);
        return String.valueOf(v);
    }

    @Test
    void typingANoteShowsItsFindingsAndTheProfileChangesTheirSeverity() throws IOException {
        browser.get(server.address() + "/");
        assertThat(browser.getTitle()).contains("NoteLint");
        // the profiles come from the server
        until().until(d -> new Select(d.findElement(By.id("profile"))).getOptions().size() > 2);

        WebElement text = browser.findElement(By.id("text"));
        text.sendKeys(NOTE);
        String rule = "stigmatizing-language/noncompliance";
        // each answer redraws the list, so what is read is read in one script, after the last keystroke's answer
        until().until(d -> "warning".equals(read(".finding[data-rule='" + rule + "'] .severity")));
        until().until(d -> read("#status").endsWith("findings."));
        assertThat(read(".finding[data-rule='" + rule + "'] .fix")).contains("declined");
        until().until(d -> !read(".finding[data-rule='" + rule + "'] .why").isBlank());
        WebElement item = finding(rule);

        // the finding's words are marked behind the text
        WebElement mark = browser.findElement(By.cssSelector("#backdrop mark[data-rule='" + rule + "']"));
        assertThat(mark.getAttribute("textContent")).isEqualToIgnoringCase("refused");
        assertThat(mark.getAttribute("class")).contains("warning");

        String screenshot = System.getProperty("notelint.screenshot");
        if (screenshot != null && !screenshot.isBlank()) {
            Path png = Path.of(screenshot);
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        }

        // from the keyboard: focus the finding, Enter selects its words in the text
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", item);
        item.sendKeys(Keys.ENTER);
        Object selected = ((JavascriptExecutor) browser).executeScript(
                "var t = document.getElementById('text'); return t.value.substring(t.selectionStart, t.selectionEnd);");
        assertThat(selected).isEqualTo("refused");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("text");

        // the training profile makes the same finding an error
        new Select(browser.findElement(By.id("profile"))).selectByValue("training");
        until().until(d -> "error".equals(read(".finding[data-rule='" + rule + "'] .severity")));
        assertThat(browser.findElement(By.cssSelector("#backdrop mark[data-rule='" + rule + "']")).getAttribute("class"))
                .contains("error");
    }

    @Test
    void thePageLoadsNothingFromOutside() {
        browser.get(server.address() + "/");
        Object external = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                        + ".filter(function (n) { return n.indexOf(location.origin) !== 0; });");
        assertThat((List<?>) external).isEmpty();
        for (WebElement e : browser.findElements(By.cssSelector("script, link"))) {
            String src = e.getAttribute("src") != null ? e.getAttribute("src") : e.getAttribute("href");
            assertThat(src).startsWith(server.address());
        }
    }
}
