package io.clientele.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The start-up property is only the initial address format: stored once, never over an administrator's choice. */
class AddressFormatDefaultTest extends SpringTest {

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsService settings;

    @Test
    void the_start_up_property_fills_an_unset_format_once_and_never_overrules_the_setting() {
        jdbc.update("update system_settings set address_format = null");

        new AddressFormatDefault(jdbcClient, AddressFormat.FREE_FORM).run(new DefaultApplicationArguments());
        assertThat(settings.addressFormat()).isEqualTo(AddressFormat.FREE_FORM);

        // A later start with another property value: the stored choice stays.
        new AddressFormatDefault(jdbcClient, AddressFormat.STRUCTURED).run(new DefaultApplicationArguments());
        assertThat(settings.addressFormat()).isEqualTo(AddressFormat.FREE_FORM);
    }
}
