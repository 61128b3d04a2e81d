package dev.bringport.example.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's rules over the production classes of every module. Plain {@code @Test} methods
 * calling {@code check}, so that they run under any JUnit engine (see TOOLCHAIN.md). The module
 * that sees every other runs them; a broken rule fails the build.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.bringport";
    /** Test code published as test-jars (the contract suite, the simulators) is not production code. */
    private static final ImportOption NO_TEST_JARS = location -> !location.matches(Pattern.compile(".*-tests\\.jar!/.*"));
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(NO_TEST_JARS)
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void theImportSeesEveryModuleAndNoTestCode() {
        org.assertj.core.api.Assertions.assertThat(production.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith(ROOT + ".domain"))
                .anyMatch(p -> p.startsWith(ROOT + ".ports"))
                .anyMatch(p -> p.startsWith(ROOT + ".adapter.inmemory"))
                .anyMatch(p -> p.startsWith(ROOT + ".adapter.rest"))
                .anyMatch(p -> p.startsWith(ROOT + ".adapter.soap"))
                .anyMatch(p -> p.startsWith(ROOT + ".example"));
        org.assertj.core.api.Assertions.assertThat(production.stream().map(c -> c.getSimpleName()))
                .doesNotContain("OrderManagementContract", "BringSimulator", "ArchitectureTest");
    }

    @Test
    void domainDependsOnJavaOnly() {
        check(ArchitectureRules.domainDependsOnJavaOnly(ROOT));
    }

    @Test
    void portsDependOnDomainAndSlf4jOnly() {
        check(ArchitectureRules.portsDependOnDomainAndSlf4jOnly(ROOT));
    }

    @Test
    void layersOnlyDependInward() {
        check(ArchitectureRules.layers(ROOT));
    }

    @Test
    void adaptersDoNotSeeEachOther() {
        check(ArchitectureRules.adaptersDoNotSeeEachOther(ROOT));
    }

    @Test
    void nothingDependsOnTheExample() {
        check(ArchitectureRules.nothingDependsOnTheExample(ROOT));
    }

    @Test
    void noPackageCycles() {
        check(ArchitectureRules.noPackageCycles(ROOT));
    }

    @Test
    void wireTypesStayInsideTheirAdapter() {
        check(ArchitectureRules.wireTypesStayInsideTheirAdapter(ROOT));
    }
}
