package dev.bringport.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The code in README.md and docs/ cannot rot, and each Java block is a whole a reader can paste.
 * Every code block marked {@code <!-- snippet: path -->} must appear, line for line, in the source
 * file it names, which the build compiles and runs. A block marked {@code <!-- snippet: path#name -->}
 * must be the whole region between {@code // snippet: name} and {@code // end snippet: name} in that
 * file, exactly (less the region's indentation). {@code @project.version@} in a source (the consumer
 * check's POM) stands for bringport's version.
 *
 * <p>A Java block must be such a region, and the region whole declarations: methods, classes and
 * fields, parsed by the JDK's own parser, braces balanced. Every variable it uses it declares
 * itself (as a field, a parameter, a local); every method it calls unqualified it declares, its
 * source imports statically, or a class of its own inherits (an anonymous {@code AbstractModule},
 * say); every type it names it declares, an earlier block of the same document declares, its
 * source imports, or {@code java.lang} or the library's package holds. So nothing leans on a
 * field, a helper or a class that only the test file around it has.
 */
class DocumentationSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: ([^\\s#]+)(?:#(\\S+))? -->\\s*```(\\w*)\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final Pattern ANY_JAVA_BLOCK = Pattern.compile("(?:<!-- snippet: [^>]*-->\\s*)?```java\\n");
    private static final Pattern BOM_VERSION = Pattern.compile("<artifactId>bringport-bom</artifactId>\\s*<version>([^<]+)</version>");
    /** The first names of qualified names (packages), which are no variables. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "com", "org", "dev", "io");

    private record Snippet(Path document, Path source, Optional<String> region, String language, List<String> lines) {
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
    void everyJavaBlockIsAWholeRegionThatDeclaresWhatItUses() throws IOException {
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher blocks = ANY_JAVA_BLOCK.matcher(text);
            while (blocks.find()) {
                assertThat(blocks.group()).as("a Java block in %s, at %d, quotes a region of a compiled source",
                        ROOT.relativize(document), blocks.start()).matches("(?s)<!-- snippet: \\S+#\\S+ -->.*");
            }
            Set<String> typesOfTheDocument = new HashSet<>();
            for (Snippet snippet : snippets(document)) {
                if (snippet.language().equals("java")) {
                    List<String> problems = problems(String.join("\n", snippet.lines()), sourceText(snippet.source()),
                            snippet.source(), typesOfTheDocument);
                    assertThat(problems).as("%s quotes region %s of %s", ROOT.relativize(document),
                            snippet.region().orElse("?"), ROOT.relativize(snippet.source())).isEmpty();
                    typesOfTheDocument.addAll(declaredTypes(String.join("\n", snippet.lines())));
                }
            }
        }
    }

    @Test
    void theCheckRefusesFragmentsUndeclaredVariablesHelpersAndTypesOfTheTestFile() throws IOException {
        Path source = ROOT.resolve("app-example/src/test/java/dev/bringport/example/MigrationGuideTest.java");
        String imports = sourceText(source);

        assertThat(problems("""
                ShadowListener listener = report -> differences.add(report);
                try (Shadow shadow = new Shadow(listener, Duration.ofSeconds(5), 2, 100)) {
                """, imports, source, Set.of())).as("statements, an open try").isNotEmpty();
        assertThat(problems("""
                static void compose(Duration bound) {
                    ShadowListener listener = report -> differences.add(report);
                }
                """, imports, source, Set.of())).containsExactly("uses variable 'differences', which it does not declare");
        assertThat(problems("""
                static int answer() {
                    return helperOfTheTest(42);
                }
                """, imports, source, Set.of())).containsExactly("calls 'helperOfTheTest', which it neither declares nor "
                + "imports");
        assertThat(problems("""
                static Object service() {
                    return new ClassOfTheTestFile();
                }
                """, imports, source, Set.of())).containsExactly("names type 'ClassOfTheTestFile', which neither it, an "
                + "earlier block, its imports, java.lang nor its package's main sources declare");
        assertThat(problems("""
                static String whole(Map<String, String> environment) {
                    ShadowListener listener = report -> { };
                    return environment.get("BRINGPORT_TRANSPORT") + listener + String.valueOf(Optional.empty());
                }
                """, imports, source, Set.of())).as("a whole method").isEmpty();
    }

    @Test
    void aRegionIsQuotedWholeAndExactly() {
        List<String> source = List.of("class A {", "    // snippet: s", "    int a;", "", "    int b;",
                "    // end snippet: s", "}");

        assertThat(region(source, "s")).containsExactly("int a;", "", "int b;");
        assertThatThrownBy(() -> region(source, "t")).as("a region without markers").isInstanceOf(AssertionError.class);
    }

    // --- whole declarations --------------------------------------------------------------------

    /** What is wrong with a Java block quoted from a source: empty when it is whole and declares what it uses. */
    private static List<String> problems(String code, String sourceText, Path source, Set<String> earlierTypes) {
        List<String> problems = new ArrayList<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        CompilationUnitTree unit = unit("class Snippet {\n" + code + "\n}", diagnostics);
        ClassTree wrapper = (ClassTree) unit.getTypeDecls().get(0);
        diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .forEach(d -> problems.add("does not parse as whole declarations: " + d.getMessage(null)));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Tree member : wrapper.getMembers()) {
            if (!(member instanceof MethodTree || member instanceof ClassTree || member instanceof VariableTree)) {
                problems.add("holds " + member.getKind() + ", which is no method, class or field");
            }
        }
        Imports imports = Imports.of(sourceText);
        Names names = new Names();
        names.scan(new TreePath(unit), null);
        names.variables.stream().filter(name -> !names.declared.contains(name) && !imports.staticNames.contains(name)
                        && !imports.anyStatic).map(name -> "uses variable '" + name + "', which it does not declare")
                .forEach(problems::add);
        names.methods.stream().filter(name -> !names.declared.contains(name) && !imports.staticNames.contains(name)
                        && !imports.anyStatic).map(name -> "calls '" + name + "', which it neither declares nor imports")
                .forEach(problems::add);
        names.types.stream().filter(name -> !names.declared.contains(name) && !earlierTypes.contains(name)
                        && !imports.knows(name) && !inJavaLang(name) && !inMainSourcesOfThePackage(source, name))
                .map(name -> "names type '" + name + "', which neither it, an earlier block, its imports, java.lang nor"
                        + " its package's main sources declare")
                .forEach(problems::add);
        return problems;
    }

    private static Set<String> declaredTypes(String code) {
        Names names = new Names();
        names.scan(new TreePath(unit("class Snippet {\n" + code + "\n}", new DiagnosticCollector<>())), null);
        return names.declaredTypes;
    }

    private static CompilationUnitTree unit(String code, DiagnosticCollector<JavaFileObject> diagnostics) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics,
                List.of("-proc:none"), null, List.of(file));
        try {
            return task.parse().iterator().next();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean inJavaLang(String name) {
        try {
            Class.forName("java.lang." + name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A type of the library in the package of the source, e.g. BringRest for a test of the REST adapter. */
    private static boolean inMainSourcesOfThePackage(Path source, String name) {
        Path main = Path.of(source.toString().replace("/src/test/java/", "/src/main/java/"));
        return Files.exists(main.resolveSibling(name + ".java"));
    }

    /** The names a block declares and uses, by kind of use. */
    private static final class Names extends TreePathScanner<Void, Void> {
        final Set<String> declared = new HashSet<>();
        final Set<String> declaredTypes = new HashSet<>();
        final Set<String> variables = new TreeSet<>();
        final Set<String> methods = new TreeSet<>();
        final Set<String> types = new TreeSet<>();

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            declared.add(tree.getSimpleName().toString());
            declaredTypes.add(tree.getSimpleName().toString());
            return super.visitClass(tree, unused);
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            declared.add(tree.getName().toString());
            return super.visitMethod(tree, unused);
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            declared.add(tree.getName().toString());
            return super.visitVariable(tree, unused);
        }

        @Override
        public Void visitTypeParameter(TypeParameterTree tree, Void unused) {
            declared.add(tree.getName().toString());
            return super.visitTypeParameter(tree, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            String name = tree.getName().toString();
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (name.equals("this") || name.equals("super") || name.equals("Snippet")) {
                return null;
            }
            if (parent instanceof MethodInvocationTree call && call.getMethodSelect() == tree) {
                if (!inSubclass()) {
                    methods.add(name);
                }
            } else if (Character.isUpperCase(name.charAt(0))) {
                types.add(name);
            } else if (!(parent instanceof MemberSelectTree && PACKAGE_ROOTS.contains(name))) {
                variables.add(name);
            }
            return null;
        }

        /** Within a class that extends or implements another, or an anonymous one, whose inherited methods it may call. */
        private boolean inSubclass() {
            for (Tree enclosing : getCurrentPath()) {
                if (enclosing instanceof NewClassTree created && created.getClassBody() != null
                        || enclosing instanceof ClassTree declared && (declared.getExtendsClause() != null
                        || !declared.getImplementsClause().isEmpty())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a source file imports. */
    private record Imports(Set<String> simpleNames, Set<String> packages, Set<String> staticNames, boolean anyStatic) {

        static Imports of(String sourceText) {
            Set<String> simpleNames = new HashSet<>();
            Set<String> packages = new HashSet<>();
            Set<String> staticNames = new HashSet<>();
            boolean anyStatic = false;
            for (ImportTree tree : unit(sourceText, new DiagnosticCollector<>()).getImports()) {
                String name = tree.getQualifiedIdentifier().toString();
                String last = name.substring(name.lastIndexOf('.') + 1);
                if (tree.isStatic()) {
                    anyStatic |= last.equals("*");
                    staticNames.add(last);
                } else if (last.equals("*")) {
                    packages.add(name.substring(0, name.length() - 2));
                } else {
                    simpleNames.add(last);
                }
            }
            return new Imports(simpleNames, packages, staticNames, anyStatic);
        }

        boolean knows(String type) {
            return simpleNames.contains(type) || staticNames.contains(type) || !packages.isEmpty();
        }
    }

    // --- documents and regions -----------------------------------------------------------------

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static List<Snippet> snippets() throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        for (Path document : documents()) {
            snippets.addAll(snippets(document));
        }
        return snippets;
    }

    private static List<Snippet> snippets(Path document) throws IOException {
        List<Snippet> snippets = new ArrayList<>();
        Matcher m = SNIPPET.matcher(Files.readString(document));
        while (m.find()) {
            snippets.add(new Snippet(document, ROOT.resolve(m.group(1)), Optional.ofNullable(m.group(2)), m.group(3),
                    List.of(m.group(4).split("\n", -1))));
        }
        return snippets;
    }

    private static String sourceText(Path source) throws IOException {
        return Files.readString(source);
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
