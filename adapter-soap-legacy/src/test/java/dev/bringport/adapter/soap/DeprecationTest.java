package dev.bringport.adapter.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.adapter.soap.transport.DeprecationNotice;
import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The adapter is deprecated on purpose: its entry points say so, and the JVM logs it once. */
@SuppressWarnings("deprecation")
class DeprecationTest {

    @Test
    void theEntryPointsAreDeprecated() {
        assertThat(BringSoap.class.getAnnotation(Deprecated.class)).isNotNull();
        assertThat(BringSoap.Builder.class.getAnnotation(Deprecated.class)).isNotNull();
        assertThat(BringSoapModule.class.getAnnotation(Deprecated.class)).isNotNull();
    }

    @Test
    void theFirstUseLogsOneWarningSayingWhatSinceWhenAndWhatToMigrateTo() {
        List<String> warnings = new ArrayList<>();
        DeprecationNotice notice = new DeprecationNotice(new RecordingLogger(warnings));

        notice.firstUse();
        notice.firstUse();
        notice.firstUse();

        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning)
                .startsWith("WARNING ")
                .contains("SOAP services are deprecated")
                .contains("1 September 2024")
                .contains("REST adapter").contains("bringport-adapter-rest"));
    }

    @Test
    void buildingTheAdapterIsAUseThatTheJvmsNoticeRecords() {
        BringSoap.builder().credentials(TestSoap.CREDENTIALS).build();

        assertThat(DeprecationNotice.JVM.hasLogged()).isTrue();
    }

    /** A System.Logger that keeps what is logged at WARNING and above. */
    private record RecordingLogger(List<String> records) implements Logger {

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= Level.WARNING.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            records.add(level + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            records.add(level + " " + format);
        }

        @Override
        public void log(Level level, Supplier<String> msgSupplier) {
            records.add(level + " " + msgSupplier.get());
        }
    }
}
