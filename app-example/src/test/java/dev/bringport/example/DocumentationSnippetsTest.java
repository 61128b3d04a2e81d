package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code in README.md and docs/ cannot rot: every code block marked
 * {@code <!-- snippet: path -->} must appear, line for line, in the source file it names, which
 * the build compiles and runs. A block marked {@code <!-- snippet: path#name -->} must be the whole
 * region between {@code // snippet: name} and {@code // end snippet: name} in that file, exactly
 * (less the region's indentation). {@code @project.version@} in a source (the consumer check's
 * POM) stands for bringport's version.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^\\s#]+)(?:#(\\S+))? -->\\s*```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern BOM_VERSION = Pattern.compile("<artifactId>bringport-bom</artifactId>\\s*<version>([^<]+)</version>");

    private record Snippet(Path document, Path source, Optional<String> region, List<String> lines) {
    }

    @Test
    void everySnippetIsTakenFromCodeTheBuildCompiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("snippets in README.md and docs/").hasSizeGreaterThanOrEqualTo(4);
        for (Snippet snippet : snippets) {
            assertThat(snippet.source()).as("source of a snippet in %s", snippet.document()).exists();
            List<String> source = sourceLines(snippet.source());
            if (snippet.region().isPresent()) {
                assertThat(snippet.lines()).as("%s quotes region %s of %s", ROOT.relativize(snippet.document()),
                        snippet.region().get(), ROOT.relativize(snippet.source()))
                        .isEqualTo(region(source, snippet.region().get()));
            } else {
                List<String> quoted = trimmed(snippet.lines());
                assertThat(containsInOrder(trimmed(source), quoted))
                        .as("%s quotes %s, but these lines are not in it:%n%s", ROOT.relativize(snippet.document()),
                                ROOT.relativize(snippet.source()), String.join("\n", quoted))
                        .isTrue();
            }
        }
    }

    @Test
    void aRegionIsQuotedWholeAndExactly() {
        List<String> source = List.of("class A {", "    // snippet: s", "    int a;", "", "    int b;",
                "    // end snippet: s", "}");

        assertThat(region(source, "s")).containsExactly("int a;", "", "int b;");
        assertThatThrownBy(() -> region(source, "t")).as("a region without markers").isInstanceOf(AssertionError.class);
    }

    private static List<Snippet> snippets() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path document : documents) {
            Matcher m = SNIPPET.matcher(Files.readString(document));
            while (m.find()) {
                snippets.add(new Snippet(document, ROOT.resolve(m.group(1)), Optional.ofNullable(m.group(2)),
                        List.of(m.group(3).split("\n", -1))));
            }
        }
        return snippets;
    }

    private static List<String> sourceLines(Path source) throws IOException {
        Matcher version = BOM_VERSION.matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
        assertThat(version.find()).as("bringport-bom's version in bom/pom.xml").isTrue();
        return Files.readAllLines(source).stream().map(line -> line.replace("@project.version@", version.group(1)))
                .toList();
    }

    /** The lines between the region's markers, less their common indentation. */
    private static List<String> region(List<String> source, String name) {
        int start = source.stream().map(String::strip).toList().indexOf("// snippet: " + name);
        int end = source.stream().map(String::strip).toList().indexOf("// end snippet: " + name);
        assertThat(start).as("// snippet: %s", name).isNotNegative();
        assertThat(end).as("// end snippet: %s after its start", name).isGreaterThan(start);
        List<String> lines = source.subList(start + 1, end);
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static List<String> trimmed(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean containsInOrder(List<String> source, List<String> snippet) {
        for (int start = 0; start + snippet.size() <= source.size(); start++) {
            if (source.subList(start, start + snippet.size()).equals(snippet)) {
                return true;
            }
        }
        return false;
    }
}
