package dev.bringport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.ProductWithdrawal;
import dev.bringport.domain.booking.WeightLimit;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/bring-api-coverage.md} honest: the map of every field Bring's API pages document
 * onto the domain. Every table row names where the domain holds the field ({@code Type.accessor()}
 * chains, constants, types), which must exist, or says why the domain does not hold it; and every
 * component of the records Bring's messages are made of appears on the map, so a field added to the
 * domain is added to the map too.
 */
class BringApiCoverageTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path MAP = MODULE.getParent().resolve("docs/bring-api-coverage.md");
    private static final Path DOMAIN_SOURCES = MODULE.resolve("src/main/java/dev/bringport/domain");

    private static final String HEADER = "| Bring field | Domain | Why not in the domain; where it is handled |";
    private static final String SEPARATOR = "|---|---|---|";
    private static final Pattern REFERENCE = Pattern.compile("`([^`]+)`");
    private static final List<String> PAGES = List.of("Order Management", "Warehousing", "Booking");

    /** Records that are not made of Bring's fields, with the reason. */
    private static final Map<Class<?>, String> NOT_BRING_MESSAGES = Map.of(
            Violation.class, "the library's report of a broken rule",
            WeightLimit.class, "a dated rule the library checks before sending",
            ProductWithdrawal.class, "a dated rule the library checks before sending");

    private static final Map<String, Class<?>> DOMAIN_TYPES = domainTypes();

    /** One row of a table: where it is, and its three cells. */
    private record Row(int line, String page, String bring, String domain, String reason) {
    }

    /** The map read: its rows, and what is wrong with its shape. */
    private record CoverageMap(List<Row> rows, List<String> problems) {
    }

    /** What checking references found: the accessors they use, and what is wrong with them. */
    private record Resolution(Set<String> accessorsUsed, List<String> problems) {
    }

    @Test
    void everyDomainReferenceResolvesToPublicTypesAndAccessors() throws IOException {
        CoverageMap map = read(Files.readString(MAP));

        Resolution resolution = resolve(map.rows());

        assertThat(resolution.problems()).as("stale or wrong domain references in %s", MAP).isEmpty();
    }

    @Test
    void everyRowSaysWhereTheDomainHoldsTheFieldOrWhyNot() throws IOException {
        CoverageMap map = read(Files.readString(MAP));

        assertThat(map.problems()).as("rows of %s", MAP).isEmpty();
        for (String page : PAGES) {
            assertThat(map.rows()).as("rows about the %s page", page).anyMatch(row -> row.page().contains(page));
        }
    }

    @Test
    void everyComponentOfBringsMessagesIsOnTheMap() throws IOException {
        Set<String> used = resolve(read(Files.readString(MAP)).rows()).accessorsUsed();

        List<String> missing = new ArrayList<>();
        for (Class<?> type : new TreeMap<>(DOMAIN_TYPES).values()) {
            if (type.isRecord() && !NOT_BRING_MESSAGES.containsKey(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!used.contains(accessor(type, component.getName()))) {
                        missing.add(accessor(type, component.getName()));
                    }
                }
            }
        }

        assertThat(missing).as("domain record components that no row of %s references", MAP).isEmpty();
    }

    @Test
    void theCheckReportsEveryWrongRow() {
        String fixture = String.join("\n",
                "## 9. Fixture page",
                HEADER,
                SEPARATOR,
                "| `a` | `BookingPackage.dimensions().heightInCm()` | |",
                "| `b` | `Order.lines().articleIds().type().bringName()`, `OrderMessage.VERSION` | |",
                "| `c` | `SenderStatus`, `CashOnDelivery.PaymentMessage.KID` | a note |",
                "| `d` | `BookingPackage.dimension()` | |",
                "| `e` | `OrderMessage.VERSIONS` | |",
                "| `f` | `Order.orderId().length().x()` | |",
                "| `g` | `Nothing.at()` | |",
                "| `h` | `Order.orderId` | |",
                "| `i` | | |",
                "| `j` | `Order.orderId()` and more words | |",
                "| `a` | | a second row for the same field |",
                "| `k` | too | few |  |",
                "",
                "| Field | Domain |",
                "|---|---|",
                "| `l` | `Order.orderId()` |");

        CoverageMap map = read(fixture);
        Resolution resolution = resolve(map.rows());

        assertThat(map.problems()).containsExactly(
                "line 12: `i` has neither a domain reference nor a reason",
                "line 13: `j` has text besides references in the Domain column",
                "line 14: `a` is on the map twice (line 4)",
                "line 15: a row needs exactly 3 cells, found 4",
                "line 17: a table with other columns than: " + HEADER);
        assertThat(resolution.problems()).containsExactly(
                "line 7: BookingPackage.dimension(): BookingPackage has no public accessor dimension()",
                "line 8: OrderMessage.VERSIONS: OrderMessage has no public constant VERSIONS",
                "line 9: Order.orderId().length().x(): int has no public accessor x()",
                "line 10: Nothing.at(): no public domain type Nothing",
                "line 11: Order.orderId: Order has no public constant orderId");
        assertThat(resolution.accessorsUsed()).contains("BookingPackage.dimensions()", "Dimensions.heightInCm()",
                "OrderLine.articleIds()", "ArticleId.type()", "ArticleIdType.bringName()");
    }

    // --- reading the map --------------------------------------------------------------------------

    private static CoverageMap read(String markdown) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new LinkedHashMap<>();
        String[] lines = markdown.split("\n", -1);
        String page = "";
        String section = "";
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                page = line;
            }
            if (line.startsWith("#")) {
                section = line;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (!inTable) {
                inTable = true;
                if (!line.equals(HEADER) || i + 1 >= lines.length || !lines[i + 1].strip().equals(SEPARATOR)) {
                    problems.add("line " + number + ": a table with other columns than: " + HEADER);
                    inTable = false;
                    while (i + 1 < lines.length && lines[i + 1].strip().startsWith("|")) {
                        i++;
                    }
                } else {
                    i++;
                }
                continue;
            }
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length != 3) {
                problems.add("line " + number + ": a row needs exactly 3 cells, found " + cells.length);
                continue;
            }
            Row row = new Row(number, page, cells[0].strip(), cells[1].strip(), cells[2].strip());
            check(row, section, firstLineOf, problems);
            rows.add(row);
        }
        return new CoverageMap(rows, problems);
    }

    private static void check(Row row, String section, Map<String, Integer> firstLineOf, List<String> problems) {
        String where = "line " + row.line() + ": " + row.bring();
        if (row.bring().isEmpty()) {
            problems.add("line " + row.line() + ": a row without a Bring field");
        }
        if (references(row).isEmpty() && row.reason().isEmpty()) {
            problems.add(where + " has neither a domain reference nor a reason");
        }
        if (!REFERENCE.matcher(row.domain()).replaceAll("").replaceAll("[,\\s]", "").isEmpty()) {
            problems.add(where + " has text besides references in the Domain column");
        }
        Integer first = firstLineOf.putIfAbsent(section + "\n" + row.bring(), row.line());
        if (first != null) {
            problems.add(where + " is on the map twice (line " + first + ")");
        }
    }

    private static List<String> references(Row row) {
        List<String> references = new ArrayList<>();
        Matcher m = REFERENCE.matcher(row.domain());
        while (m.find()) {
            references.add(m.group(1).strip());
        }
        return references;
    }

    // --- resolving references ---------------------------------------------------------------------

    private static Resolution resolve(List<Row> rows) {
        Set<String> used = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            for (String reference : references(row)) {
                resolve(reference, used).ifPresent(problem ->
                        problems.add("line " + row.line() + ": " + reference + ": " + problem));
            }
        }
        return new Resolution(used, problems);
    }

    /**
     * Resolves {@code Type}, {@code Type.CONSTANT} or {@code Type.accessor().accessor()}; a type may be
     * nested ({@code CashOnDelivery.PaymentMessage}). Accessors are followed through {@code Optional}
     * and collections to their element type.
     *
     * @return what is wrong, or empty when the reference resolves
     */
    private static Optional<String> resolve(String reference, Set<String> used) {
        String[] parts = reference.split("\\.");
        int typeParts = parts.length;
        while (typeParts > 0 && !DOMAIN_TYPES.containsKey(String.join(".", List.of(parts).subList(0, typeParts)))) {
            typeParts--;
        }
        if (typeParts == 0) {
            return Optional.of("no public domain type " + parts[0]);
        }
        Class<?> current = DOMAIN_TYPES.get(String.join(".", List.of(parts).subList(0, typeParts)));
        for (int i = typeParts; i < parts.length; i++) {
            String part = parts[i];
            if (part.endsWith("()")) {
                String name = part.substring(0, part.length() - 2);
                Optional<Method> method = accessorOf(current, name);
                if (method.isEmpty()) {
                    return Optional.of(current.getSimpleName() + " has no public accessor " + part);
                }
                used.add(accessor(method.get().getDeclaringClass(), name));
                current = elementType(method.get().getGenericReturnType());
            } else if (i == parts.length - 1 && i == typeParts && isConstant(current, part)) {
                return Optional.empty();
            } else {
                return Optional.of(current.getSimpleName() + " has no public constant " + part);
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> accessorOf(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class
                    ? Optional.empty() : Optional.of(method);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static boolean isConstant(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The type an accessor leads to: the element of an {@code Optional} or collection, else the type itself. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && (raw == Optional.class || Collection.class.isAssignableFrom(raw))
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }

    private static String accessor(Class<?> type, String name) {
        return nameOf(type) + "." + name + "()";
    }

    // --- the domain's public types ----------------------------------------------------------------

    /** Every public type of the domain by its name, nested types as {@code Outer.Inner}. */
    private static Map<String, Class<?>> domainTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DOMAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (!name.equals("package-info")) {
                    String relative = DOMAIN_SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                    String pkg = "dev.bringport.domain" + (relative.isEmpty() ? "" : "." + relative);
                    add(Class.forName(pkg + "." + name), types);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the domain's types under " + DOMAIN_SOURCES, e);
        }
        return types;
    }

    private static void add(Class<?> type, Map<String, Class<?>> types) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return;
        }
        Class<?> other = types.put(nameOf(type), type);
        if (other != null && other != type) {
            throw new IllegalStateException("two domain types named " + nameOf(type) + ": the map cannot tell "
                    + other.getName() + " from " + type.getName());
        }
        for (Class<?> nested : type.getClasses()) {
            add(nested, types);
        }
    }

    private static String nameOf(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : nameOf(type.getEnclosingClass()) + "." + type.getSimpleName();
    }
}
