package dev.bringport.adapter.soap.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.Logged;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The deprecation warning: one a JVM, at its first SOAP call, saying what, since when and what to migrate to. */
class DeprecationNoticeTest {

    private static final String LOGGER = "dev.bringport.adapter.soap.transport.DeprecationNoticeTest.notice";

    @Test
    void theFirstCallLogsOneWarningSayingWhatSinceWhenAndWhatToMigrateTo() {
        try (Logged log = Logged.by(LOGGER)) {
            DeprecationNotice notice = new DeprecationNotice(LoggerFactory.getLogger(LOGGER));

            notice.call();
            notice.call();
            notice.call();

            assertThat(log.lines()).singleElement().asString()
                    .startsWith("WARNING bringport: Bring's SOAP services are deprecated")
                    .contains("1 September 2024")
                    .contains("REST adapter").contains("bringport-adapter-rest");
        }
    }

    @Test
    void callsAtTheSameMomentStillLogItOnce() throws Exception {
        try (Logged log = Logged.by(LOGGER)) {
            DeprecationNotice notice = new DeprecationNotice(LoggerFactory.getLogger(LOGGER));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 64; i++) {
                threads.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    notice.call();
                });
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            assertThat(log.lines()).hasSize(1);
        }
    }

    @Test
    void theJvmsNoticeLogsUnderTheAdaptersName() {
        assertThat(DeprecationNotice.JVM).extracting("logger").extracting("name")
                .isEqualTo("dev.bringport.adapter.soap.BringSoap");
    }
}
