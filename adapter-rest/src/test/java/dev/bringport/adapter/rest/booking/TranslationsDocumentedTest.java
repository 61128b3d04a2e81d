package dev.bringport.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The translations the round trip of Bring's examples tolerates ({@link Translations}) are the ones
 * {@code docs/bring-api-coverage.md} lists in its section "Translations", in the same order and
 * words: one list, shown to the reader and applied by the test.
 */
class TranslationsDocumentedTest {

    private static final Path MAP = Path.of("").toAbsolutePath().getParent().resolve("docs/bring-api-coverage.md");
    private static final String SECTION = "### 3.9 Translations";
    private static final String SENT_AS = "sent as `";

    /** A row of the section: Bring's earlier spelling, and what is sent instead. */
    private record Row(String legacy, String sentAs) {
    }

    @Test
    void theCoverageMapListsExactlyTheTranslationsTheRoundTripApplies() throws IOException {
        List<Row> documented = rows(Files.readString(MAP, StandardCharsets.UTF_8));

        assertThat(documented).as("the rows of %s in %s", SECTION, MAP)
                .containsExactlyElementsOf(Translations.ALL.stream().map(t -> new Row(t.legacy(), t.sentAs())).toList());
    }

    private static List<Row> rows(String markdown) {
        List<Row> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                inSection = line.startsWith(SECTION);
                continue;
            }
            if (!inSection || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String legacy = cells[1].strip();
            String reason = cells[3].strip();
            assertThat(legacy).as(line).startsWith("`").endsWith("`");
            assertThat(reason).as(line).startsWith(SENT_AS);
            String sentAs = reason.substring(SENT_AS.length(), reason.indexOf('`', SENT_AS.length()));
            rows.add(new Row(legacy.substring(1, legacy.length() - 1), sentAs));
        }
        return rows;
    }
}
