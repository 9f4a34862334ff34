package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Address;
import io.clientele.client.Client;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    private static List<DemoClient> generate(long seed, int count) {
        List<DemoClient> out = new ArrayList<>();
        new DemoDataGenerator(seed).generate(count, out::add);
        return out;
    }

    @Test
    void the_same_seed_and_size_give_the_same_clients() {
        assertThat(generate(42, 300)).isEqualTo(generate(42, 300));
        assertThat(generate(42, 300)).isNotEqualTo(generate(43, 300));
        assertThat(generate(42, 100)).isEqualTo(generate(42, 300).subList(0, 100));
    }

    @Test
    void the_demo_has_both_types_and_names_from_many_countries() {
        List<DemoClient> clients = generate(20261123L, 250);
        assertThat(clients).filteredOn(DemoClient::isCompany).hasSizeGreaterThan(100);
        assertThat(clients).filteredOn(c -> !c.isCompany()).hasSizeGreaterThan(50);
        assertThat(clients).filteredOn(c -> c.companyIndex() >= 0).isNotEmpty();
        assertThat(clients).extracting(DemoClient::country).contains("DE", "FR", "ES", "PL", "CZ", "GR", "UA", "US");
        assertThat(clients)
                .extracting(DemoClient::name)
                .anyMatch(n -> n.chars().anyMatch(ch -> ch > 0x7f))
                .anyMatch(n -> n.matches(".*\\p{IsCyrillic}.*"))
                .anyMatch(n -> n.matches(".*\\p{IsGreek}.*"));
    }

    @Test
    void members_only_point_at_companies_generated_before_them() {
        List<DemoClient> clients = generate(7, 500);
        int companies = 0;
        for (DemoClient c : clients) {
            if (c.companyIndex() >= 0) {
                assertThat(c.companyIndex()).isLessThan(companies);
            }
            if (c.isCompany()) {
                companies++;
            }
        }
    }

    @Test
    void generated_values_fit_their_columns() {
        for (DemoClient c : generate(11, 2000)) {
            assertThat(c.name().length()).isLessThanOrEqualTo(Client.NAME_MAX);
            assertThat(c.email() == null || c.email().matches("[a-z0-9.]+@[a-z0-9.]+"))
                    .as(c.email())
                    .isTrue();
            assertThat(c.postalCode().length()).isLessThanOrEqualTo(Address.POSTAL_CODE_MAX);
        }
    }
}
