package culturebridge.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The built handbook has no broken internal link: every relative link, image, style sheet and
 * script of every page of {@code target/site} points to a file that is there (a picture that
 * can be read as one), and every link to
 * a place in a page points to a heading or anchor of that page. Runs after {@code mvn site}
 * (the {@code verify} phase builds the site first). Links to other sites are not followed: the
 * check works offline.
 *
 * <p>The pages are written in Markdown that reads well on a code host too, whose heading ids
 * ({@code #notes-for-reviewers}) differ from the site renderer's ({@code Notes_for_reviewers});
 * a fragment therefore matches an id when both agree on letters and digits, case aside.
 */
class SiteLinksIT {

    private static final Path SITE = Path.of(System.getProperty("culturebridge.site", "target/site"));

    @Test
    void everyInternalLinkOfTheHandbookResolves() throws IOException {
        assertTrue(Files.isRegularFile(SITE.resolve("index.html")), "the handbook is not built: " + SITE.toAbsolutePath());
        List<Path> pages;
        try (Stream<Path> s = Files.walk(SITE)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (String page : List.of("index", "getting-started", "gui", "scenarios", "sweeps", "calibration", "spark-slurm",
                "outputs", "odd", "design", "performance", "changelog")) {
            assertTrue(Files.isRegularFile(SITE.resolve(page + ".html")), "the handbook has no page " + page + ".html");
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                URI uri;
                try {
                    uri = new URI(ref.replace(" ", "%20"));
                } catch (URISyntaxException ex) {
                    broken.add(SITE.relativize(page) + ": unreadable link " + ref);
                    continue;
                }
                if (uri.isAbsolute() || ref.startsWith("//") || ref.isEmpty()) continue;
                checked++;
                String path = uri.getPath();
                Path target = path == null || path.isEmpty() ? page : page.getParent().resolve(path).normalize();
                if (Files.isDirectory(target)) target = target.resolve("index.html");
                if (!target.startsWith(SITE.normalize()) || !Files.isRegularFile(target)) {
                    broken.add(SITE.relativize(page) + ": " + ref + " (no such file)");
                    continue;
                }
                if (e.tagName().equals("img") && !readableImage(target)) {
                    broken.add(SITE.relativize(page) + ": " + ref + " (not a readable picture)");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
                    Set<String> targetIds = ids.computeIfAbsent(target, SiteLinksIT::idsOf);
                    if (!targetIds.contains(key(fragment))) broken.add(SITE.relativize(page) + ": " + ref + " (no such heading)");
                }
            }
        }
        assertTrue(checked > 100, "the handbook links its pages to each other (" + checked + " links checked)");
        assertEquals(List.of(), broken, "broken internal links in the handbook");
    }

    @Test
    void fragmentsMatchIdsOfEitherStyle() {
        assertEquals(key("notes-for-reviewers"), key("Notes_for_reviewers"));
        assertEquals(key("1-purpose-and-patterns"), key("a1._Purpose_and_patterns"));
        assertTrue(!key("notes-for-reviewers").equals(key("notes-for-readers")));
    }

    private static boolean readableImage(Path file) {
        if (file.toString().endsWith(".svg")) return true;
        try {
            return javax.imageio.ImageIO.read(file.toFile()) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<String> idsOf(Path page) {
        try {
            Set<String> out = new HashSet<>();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[id], a[name]")) out.add(key(e.hasAttr("id") ? e.id() : e.attr("name")));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Letters and digits only, lower case; the site renderer puts an "a" before an id that starts with a digit. */
    static String key(String id) {
        String k = id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return k.matches("a\\d.*") ? k.substring(1) : k;
    }
}
