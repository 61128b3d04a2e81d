package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code in README.md and docs/ cannot rot: every code block marked
 * {@code <!-- snippet: path -->} must appear, line for line, in the source file it names, which
 * the build compiles and runs.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+) -->\\s*```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    private record Snippet(Path document, Path source, List<String> lines) {
    }

    @Test
    void everySnippetIsTakenFromCodeTheBuildCompiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("snippets in README.md and docs/").hasSizeGreaterThanOrEqualTo(4);
        for (Snippet snippet : snippets) {
            assertThat(snippet.source()).as("source of a snippet in %s", snippet.document()).exists();
            List<String> source = trimmed(Files.readAllLines(snippet.source()));
            assertThat(containsInOrder(source, snippet.lines()))
                    .as("%s quotes %s, but these lines are not in it:%n%s", ROOT.relativize(snippet.document()),
                            ROOT.relativize(snippet.source()), String.join("\n", snippet.lines()))
                    .isTrue();
        }
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
                snippets.add(new Snippet(document, ROOT.resolve(m.group(1)), trimmed(List.of(m.group(2).split("\n")))));
            }
        }
        return snippets;
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
