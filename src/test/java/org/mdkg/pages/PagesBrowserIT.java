package org.mdkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdkg.api.BundledServer;
import org.mdkg.csv.CsvText;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium on the bundled data: each kind renders with no console error and no request
 * to another host (a screenshot of each is kept under {@code target/screenshots}); the tracker's filters change the
 * table and the chart; the as-of date changes the statuses; the CSV is the table; links from results reach pages.
 */
class PagesBrowserIT {
    private static final BundledServer S = BundledServer.get();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void open(String path) {
        browser.consoleErrors();
        browser.requests();
        browser.driver.get(S.url(path));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(js("return document.readyState")));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> (Boolean) js(
                "return Array.from(document.querySelectorAll('.chart[data-chart]')).every(e => e.querySelector('svg')"
                        + " && (e.getAttribute('data-kind') !== 'map' || e.hasAttribute('data-drawn')))"));
    }

    /** Submits the tracker's filters and waits for the new view. */
    private static void apply() {
        String before = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().equals(before));
        open(browser.driver.getCurrentUrl().substring(S.url("").length()));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private static void assertQuietAndLocal(String what) {
        String origin = S.url("");
        List<String> outside = browser.requests().stream()
                // chrome:// are the browser's own pages (its start page loads them), not requests leaving the host
                .filter(u -> !u.startsWith(origin)
                        && !u.startsWith("data:")
                        && !u.startsWith("blob:")
                        && !u.startsWith("chrome://"))
                .toList();
        assertEquals(List.of(), outside, what + ": requests to other hosts");
        assertEquals(List.of(), browser.consoleErrors(), what + ": console errors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "landing, /, mdkg — Migration Dialogues Knowledge Graph",
        "commitment, /id/commitment/c07, Encourage facilitation of visa issuance procedures",
        "process, /id/process/rabat, Rabat Process",
        "country, /id/country/NER, Niger",
        "state, /id/state/NER, Niger",
        "framework, /id/framework/gcm, 'Global Compact for Safe, Orderly and Regular Migration'",
        "objective, /id/framework/gcm/objective/5, ",
        "programme, /id/programme/bmm, ",
        "tracker, /tracker, Commitment tracker",
        "partnerships, /partnerships, 'Partnerships, weakest on inclusive first'",
        "search, /search?q=niger, Search",
        "sparql, /sparql, SPARQL",
        "french, /id/process/rabat?lang=fr, Processus de Rabat"
    })
    void each_page_kind_renders_with_no_console_error_and_no_request_leaving_the_host(
            String kind, String path, String heading) {
        open(path);
        String h1 = browser.driver.findElement(By.tagName("h1")).getText();
        if (heading != null) {
            assertEquals(heading, h1, kind);
        }
        assertTrue(!h1.isBlank() && !h1.startsWith("http"), kind + " is named, not an IRI: " + h1);
        assertEquals(1, browser.driver.findElements(By.tagName("main")).size(), kind + " has a main landmark");
        browser.screenshot(kind);
        assertQuietAndLocal(kind);
    }

    @Test
    void the_country_map_draws_the_outlines_served_by_mdkg_with_the_country_shaded() {
        open("/id/country/NER");
        WebElement map = browser.driver.findElement(By.cssSelector(".chart[data-kind='map']"));
        assertEquals("outline", map.getAttribute("data-drawn"));
        assertTrue(
                browser.requests().stream().anyMatch(u -> u.endsWith("/assets/world-outline.json")),
                String.join(" ", browser.requests()));
        String geo = String.valueOf(js(
                "var o = echarts.getInstanceByDom(arguments[0]).getOption();"
                        + "return JSON.stringify([o.geo[0].map, o.geo[0].regions.filter(r => r.itemStyle && r.itemStyle.areaColor).map(r => r.name)]);",
                map));
        assertEquals("[\"mdkg-world\",[\"NER\"]]", geo);
        long outlines = ((Number) js("return arguments[0].querySelectorAll('svg path').length", map)).longValue();
        assertTrue(outlines > 100, "country outlines drawn: " + outlines);
        assertQuietAndLocal("country map");
    }

    /** Clicks the visible one of the elements {@code css} finds (YASGUI keeps one editor per tab). */
    private static void clickVisible(String css) {
        WebElement e = browser.driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing visible at " + css));
        e.click();
    }

    private static List<List<String>> table(String id) {
        List<List<String>> rows = new ArrayList<>();
        WebElement t = browser.driver.findElement(By.id(id));
        rows.add(t.findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText)
                .toList());
        for (WebElement tr : t.findElements(By.cssSelector("tbody tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream()
                    .map(td -> (String) js("return arguments[0].textContent", td))
                    .toList());
        }
        return rows;
    }

    private static long chartTotal() {
        return ((Number) js("var c = echarts.getInstanceByDom(document.getElementById('status-chart'));"
                        + "return c.getOption().series[0].data.reduce((s, d) => s + d.value, 0);"))
                .longValue();
    }

    private static String statusChart() {
        return String.valueOf(js("var c = echarts.getInstanceByDom(document.getElementById('status-chart'));"
                + "return JSON.stringify(c.getOption().series[0].data.map(d => [d.status, d.value]));"));
    }

    @Test
    void the_tracker_filters_change_the_table_and_the_chart() {
        open("/tracker?date=2026-06-01");
        int all = table("tracker-table").size() - 1;
        assertEquals(all, chartTotal(), "the chart counts the table");
        new Select(browser.driver.findElement(By.id("f-process"))).selectByVisibleText("Rabat Process");
        apply();
        int rabat = table("tracker-table").size() - 1;
        assertTrue(rabat > 0 && rabat < all, rabat + " of " + all);
        assertEquals(rabat, chartTotal());
        for (List<String> row : table("tracker-table").subList(1, rabat + 1)) {
            assertTrue(row.get(2).contains("Rabat Process"), row.toString());
        }
        new Select(browser.driver.findElement(By.id("f-status"))).selectByValue("no-evidence");
        apply();
        assertEquals("[[\"no-evidence\"," + (table("tracker-table").size() - 1) + "]]", statusChart());
        assertQuietAndLocal("tracker");
    }

    @Test
    void the_as_of_date_changes_the_statuses() {
        open("/tracker?date=2026-06-01");
        String now = statusChart();
        List<List<String>> nowTable = table("tracker-table");
        js("document.getElementById('date').value = '2017-01-01'");
        apply();
        assertTrue(browser.driver.getCurrentUrl().contains("date=2017-01-01"));
        assertNotEquals(now, statusChart());
        List<List<String>> then = table("tracker-table");
        assertTrue(then.size() < nowTable.size(), "fewer commitments were adopted by 2017");
        assertTrue(
                then.stream()
                        .skip(1)
                        .allMatch(r -> r.get(5).isEmpty() || r.get(5).compareTo("2017-01-02") < 0),
                "no assessment after the date is used");
    }

    @Test
    void the_csv_download_equals_the_table_of_the_view() throws Exception {
        open("/tracker?date=2026-06-01&framework=https%3A%2F%2Fw3id.org%2Fmdkg%2Fid%2Fframework%2Fjvap");
        String href = browser.driver.findElement(By.id("csv")).getAttribute("href");
        List<List<String>> csv =
                CsvText.read(S.get(href.substring(S.url("").length())).body(), "tracker.csv");
        assertEquals(table("tracker-table"), csv);
        assertTrue(csv.size() > 2);
        String permalink = browser.driver.findElement(By.id("permalink")).getAttribute("href");
        assertTrue(permalink.contains("version=" + S.store.version()), permalink);
        assertTrue(browser.driver.findElement(By.id("citation")).getText().contains(S.store.version()));
    }

    @Test
    void links_from_search_results_and_sparql_results_reach_entity_pages() {
        open("/search?q=niger");
        WebElement first = browser.driver.findElement(By.cssSelector("#results table tbody tr td a"));
        String name = first.getText();
        first.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/id/"));
        assertEquals(name, browser.driver.findElement(By.tagName("h1")).getText());

        open("/sparql?example=memberships");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        wait.until(d ->
                d.findElements(By.cssSelector(".yasqe_queryButton")).stream().anyMatch(WebElement::isDisplayed));
        clickVisible(".yasqe_queryButton");
        wait.until(d -> !d.findElements(By.cssSelector("table.mdkg-results[data-labelled='true']"))
                .isEmpty());
        WebElement link = browser.driver.findElement(By.cssSelector("table.mdkg-results a[data-iri*='/id/state/']"));
        String label = link.getText();
        assertTrue(!label.startsWith("http") && !label.contains(":"), "a name, not an IRI: " + label);
        browser.screenshot("sparql-results");
        assertQuietAndLocal("sparql results");
        link.click();
        wait.until(d -> d.getCurrentUrl().contains("/id/state/"));
        assertEquals(label, browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void a_link_to_a_query_opens_the_sparql_page_and_shows_its_result() {
        String query =
                "SELECT ?process ?label WHERE { ?process a <https://w3id.org/mdkg/ontology#RegionalConsultativeProcess> ;"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANG(?label) = \"en\") } ORDER BY ?label";
        open("/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(By.cssSelector("table.mdkg-results tbody tr")).stream()
                .anyMatch(WebElement::isDisplayed));
        String text = browser.driver.findElements(By.cssSelector("table.mdkg-results")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .getText();
        assertTrue(text.contains("Rabat Process"), text);
        assertQuietAndLocal("linked query");
    }

    @Test
    void the_gallerys_short_link_goes_through_q_and_lands_on_results_and_the_share_button_gives_one() {
        open("/sparql");
        WebElement link = browser.driver.findElement(By.cssSelector("li.example[data-id='memberships'] a.query-link"));
        String href = link.getAttribute("href");
        assertTrue(href.matches(java.util.regex.Pattern.quote(S.url("/q/")) + "[a-z2-7]{12}"), href);
        link.click();
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        wait.until(d -> d.getCurrentUrl().contains("/sparql?query="));
        wait.until(d -> !d.findElements(By.cssSelector("table.mdkg-results[data-labelled='true'] tbody tr"))
                .isEmpty());
        String text = (String) js("return window.mdkgYasgui.getTab().getYasqe().getValue()");
        assertEquals(
                S.get(href.substring(S.url("").length()), "Accept", "application/sparql-query")
                        .body(),
                text);

        browser.driver.findElement(By.id("share")).click();
        wait.until(d -> !d.findElements(By.id("shared-query")).isEmpty());
        String shared = browser.driver.findElement(By.id("shared-query")).getAttribute("href");
        assertEquals(href, shared, "the same text has the same link");
        assertQuietAndLocal("short link");

        String longest = browser.driver
                .findElement(By.cssSelector("li.example[data-id='unimplemented-commitments'] a.query-link"))
                .getAttribute("href");
        browser.driver.get(longest);
        wait.until(d -> d.getCurrentUrl().contains("/sparql?shared="));
        wait.until(d ->
                !d.findElements(By.cssSelector("table.mdkg-results tbody tr")).isEmpty());
        assertQuietAndLocal("short link of a long query");
    }

    @Test
    void the_tracker_links_the_queries_behind_it_through_q() {
        open("/tracker");
        List<String> hrefs = browser.driver.findElements(By.cssSelector("#tracker-queries a.query-link")).stream()
                .map(a -> a.getAttribute("href").substring(S.url("").length()))
                .toList();
        assertEquals(2, hrefs.size(), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(href.startsWith("/q/"), href);
            assertEquals(200, S.get(href, "Accept", "application/sparql-query").statusCode(), href);
        }
    }

    @Test
    void the_sparql_gallery_filters_and_draws_a_chart_of_a_result() {
        open("/sparql?example=scorecard-process");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        List<WebElement> flagship = browser.driver.findElements(By.cssSelector("#flagship li.example"));
        assertTrue(flagship.size() >= 5, "flagship analyses first");
        assertEquals(
                browser.driver
                        .findElement(By.cssSelector("#gallery section.group"))
                        .getAttribute("id"),
                "flagship");
        browser.driver.findElement(By.id("gallery-filter")).sendKeys("coverage");
        long shown = browser.driver.findElements(By.cssSelector("#gallery li.example")).stream()
                .filter(WebElement::isDisplayed)
                .count();
        assertTrue(shown >= 2 && shown < 10, "the filter narrows the gallery: " + shown);
        wait.until(d ->
                d.findElements(By.cssSelector(".yasqe_queryButton")).stream().anyMatch(WebElement::isDisplayed));
        clickVisible(".yasqe_queryButton");
        wait.until(d -> !d.findElements(By.cssSelector("table.mdkg-results")).isEmpty());
        clickVisible(".select_chart");
        wait.until(d -> !d.findElements(By.cssSelector("#result-chart svg")).isEmpty());
        String series = String.valueOf(js("return echarts.getInstanceByDom(document.getElementById('result-chart'))"
                + ".getOption().series[0].data.length"));
        assertNotEquals("0", series);
        browser.screenshot("sparql-chart");
        assertQuietAndLocal("sparql chart");
        assertTrue(
                browser.requests().stream().noneMatch(u -> u.contains("prefix.cc")),
                browser.requests().stream().collect(Collectors.joining(" ")));
    }
}
