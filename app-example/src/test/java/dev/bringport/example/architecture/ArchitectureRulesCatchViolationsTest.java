package dev.bringport.example.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the architecture rules run and catch what they are about: each rule, checked
 * against a deliberately bad hexagon ({@code badhexagon}), reports exactly the violations
 * built into it.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String BAD = "dev.bringport.example.architecture.badhexagon";
    private static JavaClasses bad;

    @BeforeAll
    static void importBadHexagon() {
        bad = new ClassFileImporter().importPackages(BAD);
    }

    private static String violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(bad);
        assertThat(result.hasViolation()).as("%s must be violated by the bad hexagon", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void aJacksonOrGuiceImportInTheDomainIsCaught() {
        String report = violationsOf(ArchitectureRules.domainDependsOnJavaOnly(BAD));
        assertThat(report).contains("badhexagon.domain.JsonParcel").contains("com.fasterxml.jackson.annotation.JsonProperty");
        assertThat(report).contains("badhexagon.domain.InjectedRule").contains("com.google.inject.Inject");
    }

    @Test
    void aPortThatSeesAnAdapterIsCaught() {
        assertThat(violationsOf(ArchitectureRules.portsDependOnDomainAndSlf4jOnly(BAD)))
                .contains("badhexagon.ports.LeakyPort").contains("badhexagon.adapter.rest.RestParcelDto");
        assertThat(violationsOf(ArchitectureRules.layers(BAD))).contains("badhexagon.ports.LeakyPort");
    }

    @Test
    void guiceOrMicrometerOutsideTheirPackageOfThePortsIsCaughtAndSlf4jIsNot() {
        String report = violationsOf(ArchitectureRules.portsDependOnDomainAndSlf4jOnly(BAD));
        assertThat(report).contains("badhexagon.ports.InjectedPort").contains("com.google.inject.Inject");
        assertThat(report).contains("badhexagon.ports.CountingPort").contains("io.micrometer.core.instrument.Counter");
        assertThat(report).contains("badhexagon.ports.guice.PortsModule").contains("io.micrometer.core.instrument.MeterRegistry");
        assertThat(report).as("Guice in ports.guice, Micrometer in ports.metrics, SLF4J anywhere")
                .doesNotContain("com.google.inject.AbstractModule").doesNotContain("PortsMetrics")
                .doesNotContain("org.slf4j");
    }

    @Test
    void bucket4jOutsideThePortsRedisPackageIsCaughtAndInsideItIsNot() {
        String report = violationsOf(ArchitectureRules.portsDependOnDomainAndSlf4jOnly(BAD));
        assertThat(report).contains("badhexagon.ports.SharedBucketPort").contains("io.github.bucket4j.Bucket");
        assertThat(report).as("Bucket4j and Lettuce in ports.redis").doesNotContain("SharedBudget")
                .doesNotContain("io.lettuce");
    }

    @Test
    void anAdapterImportingAnotherIsCaught() {
        assertThat(violationsOf(ArchitectureRules.adaptersDoNotSeeEachOther(BAD)))
                .contains("badhexagon.adapter.soap.SoapUsesRest").contains("badhexagon.adapter.rest.RestClient");
    }

    @Test
    void aDependencyOnTheExampleIsCaught() {
        assertThat(violationsOf(ArchitectureRules.nothingDependsOnTheExample(BAD)))
                .contains("badhexagon.adapter.rest.RestClient").contains("badhexagon.example.ExampleMain");
    }

    @Test
    void aPackageCycleIsCaught() {
        assertThat(violationsOf(ArchitectureRules.noPackageCycles(BAD))).contains("Cycle detected");
    }

    @Test
    void aWireTypeInAPublicSignatureOutsideItsAdapterIsCaught() {
        String report = violationsOf(ArchitectureRules.wireTypesStayInsideTheirAdapter(BAD));
        assertThat(report).contains("LeakyPort.parcel()").contains("exposes wire type " + BAD + ".adapter.rest.RestParcelDto");
        assertThat(report).doesNotContain("RestClient.read");
        assertThat(report).contains("SoapClient.parcel()").contains("exposes wire type " + BAD
                + ".adapter.soap.generated.SoapParcel");
        assertThat(report).as("a SOAP service's implementation takes the types generated beside it")
                .doesNotContain("SoapService.parcel");
    }
}
