package io.clientele.statement.ui;

import com.vaadin.flow.component.Component;
import io.clientele.client.ui.ClientSection;
import io.clientele.statement.StatementService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where scheduled statements plug in: a Statements tab on the client overview. */
@Configuration
class StatementSections {

    @Bean
    ClientSection clientStatements(StatementService statements) {
        return new ClientSection() {
            @Override
            public int order() {
                return 48;
            }

            @Override
            public String titleKey() {
                return "statement.client.tab";
            }

            @Override
            public String id() {
                return "statements";
            }

            @Override
            public Component create(long clientId, ClientContext context) {
                return new StatementPanel(statements, clientId, context.canEdit());
            }
        };
    }
}
