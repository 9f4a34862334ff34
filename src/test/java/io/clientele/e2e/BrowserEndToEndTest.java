package io.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.clientele.billing.Invoice;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real browser against the suite's own server: Debian's Chromium, headless, driven through Debian's chromedriver
 * (nothing is downloaded). Skipped, with a message, where they are not installed; {@code .ci/run} installs them.
 * Screenshots go to {@code target/e2e/}.
 */
class BrowserEndToEndTest extends SpringTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    /**
     * Finds the first visible match in the document or any shadow root (Vaadin components keep their parts there);
     * hidden overlays keep their items in the document, only the open menu's are on screen.
     */
    private static final String DEEP_QUERY = """
            const selector = arguments[0];
            const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const find = root => {
              for (const hit of root.querySelectorAll(selector)) { if (visible(hit)) return hit; }
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
              }
              return null;
            };
            return find(document);""";

    private static ChromeDriver driver;
    private static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver; .ci/run does this)");
        profile = Files.createTempDirectory("clientele-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,900",
                "--lang=en-US",
                "--user-data-dir=" + profile);
        // Console messages, to catch the Content-Security-Policy violations Chromium reports there.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // An explicit driver executable: Selenium Manager (which would download one) never runs.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        driver.manage().deleteAllCookies();
    }

    @AfterEach
    void logOut() {
        driver.manage().deleteAllCookies();
        assertNoContentSecurityPolicyViolation();
    }

    /** Issue 23: the policy Clientele sends must let every page work; Chromium logs each violation. */
    private static void assertNoContentSecurityPolicyViolation() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).as("CSP violations reported by the browser").isEmpty();
    }

    @Test
    void the_main_pages_work_under_the_content_security_policy() throws IOException {
        testData.company("CSP Check GmbH", "csp@browser.test");
        login(TestData.ADMIN, "clients");
        waitForText("#client-grid", "CSP Check GmbH");
        for (String page : List.of("", "invoices", "accounts", "reports/groups", "settings")) {
            navigate(page);
        }
        screenshot("10-main-pages-under-csp");
        // The policy is in force (so the check above means something): inline event handlers are refused.
        Object blocked = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "document.addEventListener('securitypolicyviolation', () => done('refused'), {once: true});"
                        + "const img = document.createElement('img'); img.src = 'https://csp-probe.invalid/x.png';"
                        + "document.body.appendChild(img); setTimeout(() => done('allowed'), 3000);");
        assertThat(blocked).isEqualTo("refused");
        // The probe's own violation is expected; clear it from the log.
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void staff_searches_sorts_pages_creates_trashes_undoes_and_restores_a_client_from_the_trash() throws IOException {
        testData.demoClients(60);
        testData.company("AAA Browser First GmbH", "first@browser.test");
        testData.company("ZZZ Browser Last GmbH", "last@browser.test");
        login(TestData.STAFF, "clients");

        // The page really rendered: the grid's rows are in the DOM, not just the bootstrap page.
        waitForText("#client-grid", "AAA Browser First GmbH");
        assertThat(gridText()).doesNotContain("ZZZ Browser Last GmbH");
        screenshot("01-client-list");

        type("#client-search input", "ZZZ Browser");
        waitForText("#client-grid", "ZZZ Browser Last GmbH");
        waitUntil(() -> !gridText().contains("AAA Browser First GmbH"));
        screenshot("02-search");
        type("#client-search input", "");
        waitForText("#client-grid", "AAA Browser First GmbH");

        // Name column, clicked twice: descending, the last name comes first.
        deep("#client-grid vaadin-grid-sorter").click();
        deep("#client-grid vaadin-grid-sorter").click();
        waitForText("#client-grid", "ZZZ Browser Last GmbH");
        waitUntil(() -> !gridText().contains("AAA Browser First GmbH"));
        screenshot("03-sorted-descending");

        String firstPage = text("#page-summary");
        deep("#page-next").click();
        waitUntil(() -> !text("#page-summary").equals(firstPage));
        assertThat(gridText()).doesNotContain("ZZZ Browser Last GmbH");
        screenshot("04-page-2");

        deep("#quick-new-client").click();
        type("#quick-name input", "Browser Made Ltd");
        deep("#quick-save").click();
        waitUntil(() -> count("select count(*) from clients where name = 'Browser Made Ltd'") == 1);
        long id = jdbc.queryForObject("select id from clients where name = 'Browser Made Ltd'", Long.class);
        navigate("clients");
        type("#client-search input", "Browser Made");
        waitForText("#client-grid", "Browser Made Ltd");
        screenshot("05-created");

        trashFromList(id);
        waitUntil(() -> count("select count(*) from clients where id = " + id + " and trashed_at is not null") == 1);
        clickWhenFree("#notification-action");
        waitUntil(() -> count("select count(*) from clients where id = " + id + " and trashed_at is null") == 1);
        waitForText("#client-grid", "Browser Made Ltd");
        screenshot("06-undone");

        trashFromList(id);
        waitUntil(() -> count("select count(*) from clients where id = " + id + " and trashed_at is not null") == 1);
        navigate("clients/trash");
        waitForText("#trash-grid", "Browser Made Ltd");
        screenshot("07-in-trash");

        // Inside a grid cell WebDriver's native click does not reach the button (the row checkbox had the same
        // problem): dispatch the click on the element itself, as trashFromList does for the menu item.
        String inTrash = text("#page-summary");
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", deep("#restore-" + id));
        waitUntil(() -> count("select count(*) from clients where id = " + id + " and trashed_at is null") == 1);
        // The grid keeps its recycled cells in the DOM, so the pagination summary tells that the row left the trash.
        waitUntil(() -> !text("#page-summary").equals(inTrash));
        navigate("clients");
        type("#client-search input", "Browser Made");
        waitForText("#client-grid", "Browser Made Ltd");
        screenshot("08-restored");
    }

    @Test
    void enter_in_a_destructive_confirmation_cancels_because_cancel_has_the_focus() throws IOException {
        Client c = testData.company("Enter Cancels Ltd", "enter@browser.test");
        login(TestData.ADMIN, "clients");
        type("#client-search input", "Enter Cancels");
        waitForText("#client-grid", "Enter Cancels Ltd");
        deep("#options-" + c.getId()).click();
        waitUntil(() -> deepOrNull("#option-trash") != null);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", deep("#option-trash"));
        waitUntil(() -> "cancel-button".equals(activeSlot()));
        screenshot("10-trash-confirm-focus-on-cancel");

        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitUntil(() -> deepOrNull("#confirm-trash[opened]") == null);
        assertThat(count("select count(*) from clients where id = " + c.getId() + " and trashed_at is null"))
                .isEqualTo(1);
    }

    /**
     * Issue 19: the accessibility engine axe-core finds no critical or serious problem on the main pages, for staff,
     * an administrator and a French Client Center. The engine is the npm package's {@code axe.min.js}: the copy .ci/run
     * takes from npm when {@code -De2e.axe} names it, else the one Deque publishes on Maven Central.
     */
    @Test
    void the_main_pages_have_no_critical_or_serious_accessibility_findings() throws IOException {
        Client client = testData.company("Axe Check SARL", "axe@browser.test");
        documents.sentInvoice(client, "Audit|1|900|0");
        login(TestData.ADMIN, "dashboard");
        List<String> findings = new ArrayList<>();
        for (String page : List.of(
                "dashboard",
                "clients",
                "clients/" + client.getId(),
                "invoices",
                "payments",
                "opportunities",
                "projects",
                "accounts",
                "settings",
                "reports/groups",
                "clients/import")) {
            navigate(page);
            findings.addAll(axe(page));
        }
        screenshot("11-accessibility-admin");
        // An address typed in that is no page: the not-available page in the back office's own layout.
        navigate("no-such-page");
        waitUntil(() -> deepOrNull("#not-available-title") != null && deepOrNull("#main-content") != null);
        findings.addAll(axe("no-such-page"));
        screenshot("13-unknown-address");
        driver.manage().deleteAllCookies();

        // A page a member of staff may not open: the "not available" page inside their own layout.
        login(TestData.STAFF, "settings");
        findings.addAll(axe("settings as staff"));

        driver.manage().deleteAllCookies();
        client.setLanguage("fr");
        testData.save(client);
        testData.linkClientUser(TestData.CLIENT_USER, client);
        login(TestData.CLIENT_USER, "portal");
        waitUntil(
                () -> "fr".equals(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang")));
        findings.addAll(axe("portal"));
        navigate("portal/invoices");
        findings.addAll(axe("portal/invoices"));
        screenshot("12-accessibility-client-center-fr");

        assertThat(findings).as("critical or serious axe-core findings").isEmpty();
    }

    /** Runs axe-core on the page as it stands; one line per critical or serious finding and element. */
    private List<String> axe(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(axeSource());
        }
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'critical' || v.impact === 'serious')"
                + ".flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ' at ' + JSON.stringify(n.target)"
                + " + ': ' + n.html.slice(0, 160).replace(/\\s+/g, ' ')"
                + " + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertThat(found).as("axe-core's answer on /" + page).isInstanceOf(List.class);
        return ((List<?>) found).stream().map(l -> "/" + page + ": " + l).toList();
    }

    private static String axeEngine;

    private static String axeSource() {
        if (axeEngine == null) {
            String given = System.getProperty("e2e.axe", "");
            try {
                if (!given.isBlank() && Files.isReadable(Path.of(given))) {
                    axeEngine = Files.readString(Path.of(given));
                } else {
                    try (var in = BrowserEndToEndTest.class.getResourceAsStream("/axe.min.js")) {
                        assertThat(in)
                                .as("axe.min.js (com.deque.html.axe-core:selenium)")
                                .isNotNull();
                        axeEngine = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read axe-core", e);
            }
            System.out.println("Browser test: " + axeEngine.lines().findFirst().orElse("axe-core"));
        }
        return axeEngine;
    }

    /** The slot of the focused element: "cancel-button" or "confirm-button" inside a confirm dialog. */
    private String activeSlot() {
        Object slot = ((JavascriptExecutor) driver)
                .executeScript("return document.activeElement && document.activeElement.getAttribute('slot')");
        return slot == null ? "" : slot.toString();
    }

    @Test
    void a_client_user_sees_only_its_own_invoices() throws IOException {
        Client own = testData.company("Own Portal SARL", "own@browser.test");
        Client other = testData.company("Other Portal AG", "other@browser.test");
        Invoice mine = documents.sentInvoice(own, "Consulting|2|100|0");
        Invoice theirs = documents.sentInvoice(other, "Audit|1|900|0");
        testData.linkClientUser(TestData.CLIENT_USER, own);

        login(TestData.CLIENT_USER, "portal/invoices");
        waitForText("body", mine.getNumber());
        assertThat(pageText()).doesNotContain(theirs.getNumber()).doesNotContain("Other Portal AG");
        screenshot("09-client-center-invoices");
    }

    private void login(String username, String then) {
        driver.get(url("login"));
        waitUntil(() -> deepOrNull("input[name='username']") != null);
        deep("input[name='username']").sendKeys(username);
        deep("input[name='password']").sendKeys(TestData.PASSWORD, Keys.ENTER);
        waitUntil(() -> !driver.getCurrentUrl().contains("/login"));
        navigate(then);
    }

    private void navigate(String path) {
        driver.get(url(path));
        waitUntil(() -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
    }

    private void trashFromList(long id) {
        // The row's Options button opens the grid's one shared menu for that row.
        deep("#options-" + id).click();
        waitUntil(() -> deepOrNull("#option-trash") != null);
        // The item lives in the menu's overlay, which WebDriver deems not interactable: dispatch the click there.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", deep("#option-trash"));
        waitUntil(() -> deepOrNull("#confirm-trash [slot='confirm-button']") != null
                || deepOrNull("[slot='confirm-button']") != null);
        WebElement confirm = deepOrNull("#confirm-trash [slot='confirm-button']");
        (confirm != null ? confirm : deep("[slot='confirm-button']")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private WebElement deep(String selector) {
        waitUntil(() -> deepOrNull(selector) != null);
        return deepOrNull(selector);
    }

    /**
     * Clicks the element once nothing covers it: a notification's button is covered while the notification slides in,
     * which on a loaded machine outlasts the moment the button appears (ElementClickInterceptedException).
     */
    private void clickWhenFree(String selector) {
        waitUntil(() -> {
            deep(selector).click();
            return true;
        });
    }

    private WebElement deepOrNull(String selector) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(DEEP_QUERY, selector);
    }

    private void type(String selector, String value) {
        WebElement input = deep(selector);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
    }

    private String text(String selector) {
        WebElement element = deepOrNull(selector);
        return element == null ? "" : element.getText();
    }

    private String gridText() {
        List<WebElement> cells = driver.findElements(By.cssSelector("vaadin-grid-cell-content"));
        StringBuilder all = new StringBuilder();
        cells.forEach(c -> all.append(c.getAttribute("textContent")).append('\n'));
        return all.toString();
    }

    private String pageText() {
        return gridText() + driver.findElement(By.tagName("body")).getText();
    }

    private void waitForText(String selector, String expected) {
        waitUntil(() -> deepOrNull(selector) != null && pageText().contains(expected));
    }

    private void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(45))
                .ignoring(RuntimeException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
