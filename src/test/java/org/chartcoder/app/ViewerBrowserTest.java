package org.chartcoder.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.local.LocalSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The evidence viewer in headless Chromium against local mode over HTTPS: the sample charts are
 * coded by the real engine, then the page is driven as a user would (paste the token, pick the batch
 * and a chart) and what it shows is checked against the stored result. Skipped, saying why, where
 * Debian's chromium and chromium-driver are not installed. Leaves target/viewer.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerBrowserTest {

    private static final Map<String, String> TRAIT_CLASSES = Map.of("NEGATION", "negated", "PERTAINS_TO_FAMILY", "family",
            "HISTORICAL", "historical", "HYPOTHETICAL", "hypothetical");

    private final ObjectMapper mapper = new ObjectMapper();
    private Path workDir;
    private LocalRun run;
    private ChromeDriver browser;
    private String token;
    /** Why the browser cannot run here; each test is then skipped with it (an assumption in @BeforeAll would hide it). */
    private String missing;

    @BeforeAll
    void startLocalModeAndBrowser() throws Exception {
        Optional<Path> chromium = executable("chromium");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            missing = "skipped: the viewer's browser test needs Debian's chromium and chromium-driver on the PATH"
                    + " (apt-get install -y chromium chromium-driver); found chromium=" + chromium + ", chromedriver=" + driver;
            System.err.println(missing);
            return;
        }
        workDir = Files.createTempDirectory("viewer-test");
        run = LocalRun.start(new LocalRun.Options(null, true, Optional.empty()),
                LocalModeIntegrationTest.testSettings(workDir.resolve("data"), 1), new PrintStream(PrintStream.nullOutputStream()));
        run.awaitDone(new PrintStream(PrintStream.nullOutputStream()), 200);
        token = LocalSecrets.readToken(run.tokenFile().orElseThrow());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // --ignore-certificate-errors: local mode's certificate is self-signed; for this test only
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(workDir.resolve("chromium-profile")),
                "--ignore-certificate-errors", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (run != null) {
            run.close();
        }
        if (workDir != null) {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    @Test
    void showsTheChartWithEveryMentionHighlightedAndItsCodesLinkedToThem() throws Exception {
        assumeTrue(missing == null, missing);
        String chartId = chartWithMostTraitKinds();
        JsonNode result = (JsonNode) queries().chart(chartId).body();
        String text = queries().chartText(chartId).orElseThrow().text();

        browser.get("https://localhost:" + run.apiPort() + "/viewer/");
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("connect")).click();
        await(() -> options("batch").contains(run.batchId()), "the batches are listed");
        choose("batch", run.batchId());
        await(() -> options("chart").contains(chartId), "the batch's charts are listed");
        choose("chart", chartId);
        await(() -> browser.findElements(By.cssSelector("#codes li")).size() == result.path("codes").size()
                && !browser.findElements(By.cssSelector("#text mark.mention")).isEmpty(), "the chart is shown");

        assertEquals(text, browser.findElement(By.id("text")).getAttribute("textContent"), "the whole text, unchanged");
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark.mention"));
        Set<Integer> shown = new HashSet<>();
        marks.forEach(mark -> shown.addAll(entitiesOf(mark)));
        Set<Integer> expected = new HashSet<>();
        result.path("entities").forEach(entity -> expected.add(entity.path("id").asInt()));
        assertEquals(expected, shown, "every mention is highlighted");
        for (WebElement mark : marks) {
            for (Map.Entry<String, String> trait : TRAIT_CLASSES.entrySet()) {
                boolean anyCoveringHasTrait = entitiesOf(mark).stream().anyMatch(id -> hasTrait(result, id, trait.getKey()));
                assertEquals(anyCoveringHasTrait, mark.getAttribute("class").contains(trait.getValue()),
                        "style " + trait.getValue() + " on mention " + mark.getText());
            }
        }

        List<WebElement> codes = browser.findElements(By.cssSelector("#codes li"));
        for (int rank = 0; rank < codes.size(); rank++) {
            JsonNode code = result.path("codes").get(rank);
            WebElement item = codes.get(rank);
            assertEquals(code.path("code").asText(), item.getAttribute("data-code"), "codes in rank order");
            assertTrue(item.getText().contains(code.path("description").asText()), item.getText());
            assertTrue(item.getText().contains(String.format(java.util.Locale.ROOT, "%.3f", code.path("score").asDouble())),
                    item.getText());
            boolean denied = !code.path("entityIds").isEmpty();
            for (JsonNode id : code.path("entityIds")) {
                denied &= hasTrait(result, id.asInt(), "NEGATION");
            }
            assertEquals(denied, item.getText().contains("denied in the chart: "), "a code of denied mentions says so: " + item.getText());
        }
        JsonNode first = result.path("codes").get(0);
        codes.get(0).findElement(By.cssSelector("button")).click();
        Set<Integer> supporting = new HashSet<>();
        first.path("entityIds").forEach(id -> supporting.add(id.asInt()));
        Set<Integer> selected = new HashSet<>();
        for (WebElement mark : browser.findElements(By.cssSelector("#text mark.mention.selected"))) {
            assertTrue(entitiesOf(mark).stream().anyMatch(supporting::contains), "only supporting mentions are selected");
            selected.addAll(entitiesOf(mark));
        }
        assertTrue(selected.containsAll(supporting), "every supporting mention of " + first.path("code").asText() + " is selected");

        Path screenshot = Path.of("target/viewer.png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(screenshot) > 10_000, "a real screenshot");
    }

    @Test
    void theTokenStaysInMemoryAndThePageLoadsNothingItsPolicyRefuses() throws Exception {
        assumeTrue(missing == null, missing);
        browser.get("https://localhost:" + run.apiPort() + "/viewer/");
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("connect")).click();
        await(() -> options("batch").contains(run.batchId()), "the batches are listed");
        JavascriptExecutor script = browser;
        assertFalse(browser.getCurrentUrl().contains(token), "not in the URL");
        assertEquals(0L, script.executeScript("return localStorage.length + sessionStorage.length"), "not in storage");
        assertEquals("", script.executeScript("return document.cookie"), "not in a cookie");
        assertEquals("", browser.findElement(By.id("token")).getAttribute("value"), "not left in the page");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("favicon.ico")).toList();
        assertEquals(List.of(), errors, "no script error and no Content-Security-Policy violation");

        HttpResponse<String> page = LocalModeIntegrationTest.httpsClient(workDir.resolve("data")).send(HttpRequest.newBuilder(
                java.net.URI.create("https://localhost:" + run.apiPort() + "/viewer/")).build(), HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no third-party asset");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    /** The sample chart whose mentions carry the most of the four trait kinds, so the styles are all exercised. */
    private String chartWithMostTraitKinds() throws Exception {
        String best = null;
        int kinds = -1;
        for (String key : store().listKeys(ChartKeys.RESULTS + run.batchId() + "/")) {
            for (JsonNode result : stored(key).path("results")) {
                Set<String> traits = new HashSet<>();
                result.path("entities").forEach(entity -> entity.path("traits")
                        .forEach(trait -> traits.add(trait.path("name").asText())));
                traits.retainAll(TRAIT_CLASSES.keySet());
                if (traits.size() > kinds) {
                    kinds = traits.size();
                    best = result.path("chartId").asText();
                }
            }
        }
        assertTrue(kinds >= 2, "a sample chart with several kinds of context");
        return best;
    }

    private static boolean hasTrait(JsonNode result, int entityId, String trait) {
        for (JsonNode entity : result.path("entities")) {
            if (entity.path("id").asInt() == entityId) {
                for (JsonNode one : entity.path("traits")) {
                    if (one.path("name").asText().equals(trait)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<Integer> entitiesOf(WebElement mark) {
        return Arrays.stream(mark.getAttribute("data-entities").split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    private List<String> options(String selectId) {
        List<String> values = new ArrayList<>();
        browser.findElements(By.cssSelector("#" + selectId + " option")).forEach(option -> values.add(option.getAttribute("value")));
        return values;
    }

    private void choose(String selectId, String value) {
        browser.findElement(By.cssSelector("#" + selectId + " option[value='" + value + "']")).click();
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; status: "
                        + browser.findElement(By.id("status")).getText());
            }
            Thread.sleep(100);
        }
    }

    private ChartQueries queries() {
        return run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
    }

    private ChartStore store() {
        return run.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
    }

    private JsonNode stored(String key) throws Exception {
        return mapper.readTree(store().read(key).orElseThrow());
    }

    private static Optional<Path> executable(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }
}
