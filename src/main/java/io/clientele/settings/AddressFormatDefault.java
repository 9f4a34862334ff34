package io.clientele.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start-up property {@code clientele.clients.address-format} is only the initial value of the address format: the
 * first start with the setting's column stores it there, and from then on Settings → Defaults decides (a later change
 * of the property does nothing, so an administrator's choice is never overruled by a restart).
 */
@Component
class AddressFormatDefault implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final AddressFormat initial;

    AddressFormatDefault(
            JdbcClient jdbc, @Value("${clientele.clients.address-format:STRUCTURED}") AddressFormat initial) {
        this.jdbc = jdbc;
        this.initial = initial;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("update system_settings set address_format = ? where id = ? and address_format is null")
                .params(initial.name(), SystemSettings.SINGLETON_ID)
                .update();
    }
}
