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
        return List.of(domainDependsOnJavaOnly(root), portsDependOnDomainAndJavaOnly(root), layers(root),
                adaptersDoNotSeeEachOther(root), nothingDependsOnTheExample(root), noPackageCycles(root),
                wireTypesStayInsideTheirAdapter(root));
    }

    static ArchRule domainDependsOnJavaOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends on java.* only");
    }

    static ArchRule portsDependOnDomainAndJavaOnly(String root) {
        return classes().that().resideInAPackage(root + ".ports..")
                .and().resideOutsideOfPackage(root + ".ports.redis..") // Bucket4j and Lettuce, optional, there only
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".ports..")
                .as("the ports depend on the domain and java.* only");
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
     */
    static ArchRule wireTypesStayInsideTheirAdapter(String root) {
        return classes().that().resideInAPackage(root + "..").and().arePublic()
                .should(notExposeWireTypesOutsideTheirPackage())
                .as("wire types never appear in a public signature outside their adapter");
    }

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
