package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.crm.OpportunityFilter;
import io.clientele.crm.OpportunityRow;
import io.clientele.crm.OpportunityService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class DemoOpportunityWriterTest extends SpringTest {

    @Autowired
    DemoOpportunityWriter writer;

    @Autowired
    OpportunityService opportunities;

    @Test
    void the_demo_pipeline_is_deterministic_and_readable_through_the_service() {
        writer.write(7L, 40, List.of(testData.accountId(TestData.STAFF)), LocalDate.of(2026, 11, 23));
        List<OpportunityRow> rows =
                SystemAuthentication.call(() -> opportunities.list(OpportunityFilter.ALL, PageRequest.of(0, 100)));
        assertThat(rows).hasSize(40);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.ownerName()).isEqualTo("Sam Staff");
            assertThat(r.leadSource()).isNotBlank();
            assertThat(r.clientId()).isNull();
        });
        List<String> first =
                rows.stream().map(OpportunityRow::companyName).sorted().toList();
        testData.reset();
        writer.write(7L, 40, List.of(testData.accountId(TestData.STAFF)), LocalDate.of(2026, 11, 23));
        assertThat(
                        SystemAuthentication.call(
                                        () -> opportunities.list(OpportunityFilter.ALL, PageRequest.of(0, 100)))
                                .stream()
                                .map(OpportunityRow::companyName)
                                .sorted()
                                .toList())
                .isEqualTo(first);
    }
}
