package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The adapter is deprecated on purpose: its entry points say so. The warning the JVM logs at its
 * first SOAP call is {@code transport.DeprecationNoticeTest}'s; app-example's {@code CliProcessTest}
 * shows it once in a JVM that calls SOAP, and never in one that only builds the adapter.
 */
@SuppressWarnings("deprecation")
class DeprecationTest {

    @Test
    void theEntryPointsAreDeprecated() {
        assertThat(BringSoap.class.getAnnotation(Deprecated.class)).isNotNull();
        assertThat(BringSoap.Builder.class.getAnnotation(Deprecated.class)).isNotNull();
        assertThat(BringSoapModule.class.getAnnotation(Deprecated.class)).isNotNull();
    }
}
