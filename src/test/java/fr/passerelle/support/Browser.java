package fr.passerelle.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Chromium for UI tests, one per test class:
 * <pre>
 * {@literal @}RegisterExtension static Browser browser = new Browser();
 * browser.open(server.getURI().resolve("/"));
 * browser.waitFor(By.cssSelector("h1"));
 * browser.screenshots("home"); // target/screenshots/home-desktop.png and home-phone.png
 * </pre>
 * Uses the Debian {@code chromium} and {@code chromium-driver} packages (never a download) with
 * the flags of STACK.md. Vaadin renders after server round trips: use {@link #waitFor} or
 * {@link #waitUntil}, and {@link #waitForVaadin()} after typing or clicking.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need Chromium: apt-get install -y chromium chromium-driver");
        }
        profile = Files.createTempDirectory("passerelle-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=fr-FR",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        resizeBeforeAnyPage(DESKTOP);
    }

    private void resizeBeforeAnyPage(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.getWidth(), "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", false));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory; the OS cleans up
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    public Browser open(URI url) {
        driver.get(url.toString());
        waitForVaadin();
        return this;
    }

    public WebElement waitFor(By locator) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Waits until Vaadin's client has loaded and no server round trip is in progress. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(script(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients)"
                        + "      .every(c => !c.isActive || !c.isActive()));")));
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Sets the viewport to exactly {@code size}: headless Chromium clamps the window to its
     * virtual screen, so the page metrics are set through DevTools (phones as mobile devices).
     */
    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.getWidth(), "height", size.getHeight(), "deviceScaleFactor", 1,
                "mobile", size.getWidth() < 600));
        waitForVaadin();
    }

    /** Saves the current page at desktop then phone size, and leaves the window at desktop size. */
    public void screenshots(String name) {
        resize(DESKTOP);
        screenshot(name + "-desktop");
        resize(PHONE);
        screenshot(name + "-phone");
        resize(DESKTOP);
    }

    /** Saves what the window shows now as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // Let layout settle after a resize (no server round trip to wait for).
            script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));");
            Path target = SCREENSHOTS.resolve(name + ".png");
            File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
