package dev.bringport.domain.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** warehousing/examples/retrieve_articlebalance_one.xml: article 5300311 "HD dekoder", 5896.00 in stock. */
class ArticleBalanceTest {

    private static final Instant CREATED = OffsetDateTime.parse("2017-05-03T01:37:17+02:00").toInstant();

    @Test
    void balancesAreCanonical() {
        ArticleBalance fromXml = new ArticleBalance("5300311", Optional.of("HD dekoder"), new BigDecimal("5896.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("5896.00"), Optional.of(CREATED),
                Optional.of(CREATED));

        assertThat(fromXml).isEqualTo(ArticleBalance.inStock("5300311", "HD dekoder", new BigDecimal("5896"), CREATED));
        assertThat(fromXml.freeBalance().toPlainString()).isEqualTo("5896");
    }

    @Test
    void aBlankArticleNameIsAbsent() {
        assertThat(ArticleBalance.inStock("5300311", " ", BigDecimal.ONE, CREATED).articleName()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void anArticleNumberIsRequired(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> ArticleBalance.inStock(blank, "HD dekoder", BigDecimal.ONE,
                CREATED));
        assertThatNullPointerException().isThrownBy(() -> ArticleBalance.inStock(null, "HD dekoder", BigDecimal.ONE,
                CREATED));
    }
}
