package dev.bringport.example.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hexagon's rules, for a root package: the real code under {@code dev.bringport} and a
 * deliberately bad fixture are checked by the same rules.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static List<ArchRule> all(String root) {
        return List.of(domainDependsOnJavaOnly(root), portsDependOnDomainAndSlf4jOnly(root), layers(root),
                adaptersDoNotSeeEachOther(root), nothingDependsOnTheExample(root), noPackageCycles(root),
                wireTypesStayInsideTheirAdapter(root));
    }

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends on java.* only");
    }

    /**
     * The ports are plain Java on the domain, logging through the SLF4J API; the integrations with
     * third-party frameworks are optional dependencies, each confined to its own package: Guice to
     * {@code ports.guice}, Micrometer to {@code ports.metrics}, Bucket4j and Lettuce (the rate budget a
     * fleet shares on Redis) to {@code ports.redis}.
     */
    static ArchRule portsDependOnDomainAndSlf4jOnly(String root) {
        String ports = root + ".ports..";
        String guice = root + ".ports.guice..";
        String metrics = root + ".ports.metrics..";
        String redis = root + ".ports.redis..";
        String[] plain = {"java..", root + ".domain..", ports, "org.slf4j.."};
        return CompositeArchRule.of(classes().that().resideInAPackage(ports).and().resideOutsideOfPackages(guice, metrics, redis)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(plain))
                .and(classes().that().resideInAPackage(guice)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(with(plain, "com.google.inject..")))
                .and(classes().that().resideInAPackage(metrics)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(with(plain, "io.micrometer..")))
                .and(classes().that().resideInAPackage(redis)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(with(plain, "io.github.bucket4j..", "io.lettuce..")))
                .as("the ports depend on java.*, the domain and the SLF4J API only, on Guice in ports.guice only, "
                        + "on Micrometer in ports.metrics only, on Bucket4j and Lettuce in ports.redis only");
    }

    private static String[] with(String[] packages, String... more) {
        return Stream.concat(Stream.of(packages), Stream.of(more)).toArray(String[]::new);
    }

    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(root + ".domain..")
                .layer("ports").definedBy(root + ".ports..")
                .layer("adapters").definedBy(root + ".adapter..")
                .layer("example").definedBy(root + ".example..")
                .whereLayer("example").mayNotBeAccessedByAnyLayer()
                .whereLayer("adapters").mayOnlyBeAccessedByLayers("example")
                .whereLayer("ports").mayOnlyBeAccessedByLayers("adapters", "example")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("ports", "adapters", "example")
                .as("domain <- ports <- adapters <- example");
    }

    static ArchRule adaptersDoNotSeeEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .as("no adapter depends on another adapter");
    }

    static ArchRule nothingDependsOnTheExample(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".example..")
                .should().dependOnClassesThat().resideInAPackage(root + ".example..")
                .as("nothing depends on the example application");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no package cycles");
    }

    /**
     * Wire types (Jackson-annotated classes, and the JAXB classes wsimport generates into a
     * {@code ..generated..} package) never appear in a public signature outside their own package.
     * One exception, inside the adapter: a SOAP service's implementation ({@code @WebService}),
     * which Metro calls by reflection and so must be public, takes and answers the types generated
     * beside it ({@code <its package>.generated}).
     */
    static ArchRule wireTypesStayInsideTheirAdapter(String root) {
        return classes().that().resideInAPackage(root + "..").and().arePublic()
                .should(notExposeWireTypesOutsideTheirPackage())
                .as("wire types never appear in a public signature outside their adapter");
    }

    private static final String WEB_SERVICE = "jakarta.jws.WebService";

    private static final DescribedPredicate<JavaClass> WIRE_TYPE = DescribedPredicate.describe("a wire type",
            c -> c.getPackageName().contains(".generated") || isJacksonAnnotated(c));

    private static boolean isJacksonAnnotated(JavaClass c) {
        Stream<String> annotations = Stream.concat(c.getAnnotations().stream().map(a -> a.getRawType().getName()),
                Stream.concat(c.getFields().stream(), Stream.concat(c.getMethods().stream(), c.getConstructors().stream()))
                        .flatMap(m -> m.getAnnotations().stream()).map(a -> a.getRawType().getName()));
        return annotations.anyMatch(name -> name.startsWith("com.fasterxml.jackson."));
    }

    private static ArchCondition<JavaClass> notExposeWireTypesOutsideTheirPackage() {
        return new ArchCondition<>("not expose wire types of another package in public signatures") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                Stream.concat(owner.getCodeUnits().stream(), owner.getFields().stream())
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .forEach(member -> signatureTypes(member).stream()
                                .filter(WIRE_TYPE)
                                .filter(wire -> !wire.getPackageName().equals(owner.getPackageName()))
                        .filter(wire -> !(owner.isAnnotatedWith(WEB_SERVICE)
                                && wire.getPackageName().equals(owner.getPackageName() + ".generated")))
                                .forEach(wire -> events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " exposes wire type " + wire.getName()))));
            }
        };
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        if (member instanceof JavaField f) {
            return f.getType().getAllInvolvedRawTypes();
        }
        JavaCodeUnit unit = (JavaCodeUnit) member;
        Set<JavaClass> types = new java.util.HashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
        unit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
        return types;
    }
}
