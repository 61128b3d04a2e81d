package dev.bringport.domain.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts that {@code docs/RELIABILITY.md} states, read back so that each module's tests can
 * hold them to the code: a row of a table whose first cell is an id in backticks, and the fuzz
 * profile's factor in the parent pom.
 */
public final class ReliabilityTable {

    private static final Pattern FUZZ_FACTOR = Pattern.compile(
            "<id>fuzz</id>.*?<bringport\\.fuzz\\.factor>(\\d+)</bringport\\.fuzz\\.factor>", Pattern.DOTALL);

    private ReliabilityTable() {
    }

    /** @return the project's root: the nearest directory up from the working directory with {@code docs/RELIABILITY.md} */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/RELIABILITY.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/RELIABILITY.md above " + Path.of("").toAbsolutePath());
    }

    private static String read(String file) {
        try {
            return Files.readString(root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells after the id of a table row.
     *
     * @param id the id, without backticks
     * @return the cells, trimmed
     */
    public static List<String> row(String id) {
        return read("docs/RELIABILITY.md").lines().filter(line -> line.startsWith("| `" + id + "` |")).findFirst()
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).skip(2).toList())
                .orElseThrow(() -> new AssertionError("docs/RELIABILITY.md has no row `" + id + "`"));
    }

    /** @return the factor the {@code fuzz} profile of the parent pom multiplies the tries by */
    public static int fuzzFactor() {
        Matcher factor = FUZZ_FACTOR.matcher(read("pom.xml"));
        if (!factor.find()) {
            throw new AssertionError("the parent pom has no fuzz profile with bringport.fuzz.factor");
        }
        return Integer.parseInt(factor.group(1));
    }

    /**
     * Requires a row of the properties table to state what the code does: its number of
     * properties, the tries of each in the default build, and in the fuzz profile.
     *
     * @param id         the row's id
     * @param properties how many properties the row covers
     * @param tries      the tries of each in the default build
     */
    public static void assertProperties(String id, int properties, int tries) {
        List<String> cells = row(id);
        assertThat(cells).as("row `%s`: what, properties, tries, tries with -Pfuzz", id).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cells.get(1)).as("properties of `%s`", id).isEqualTo(String.valueOf(properties));
        assertThat(cells.get(2)).as("default tries of `%s`", id).isEqualTo(String.valueOf(tries));
        assertThat(cells.get(3)).as("fuzz profile tries of `%s`", id).isEqualTo(String.valueOf(tries * fuzzFactor()));
    }

    /**
     * Requires a row to state a count in its second cell.
     *
     * @param id    the row's id
     * @param count the count
     */
    public static void assertCount(String id, int count) {
        assertThat(row(id).get(1)).as("count of `%s`", id).isEqualTo(String.valueOf(count));
    }
}
