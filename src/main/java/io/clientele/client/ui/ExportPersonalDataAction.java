package io.clientele.client.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.client.PersonalDataService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Export personal data" in a client's Options menu (ADMIN): everything held about the client as a ZIP. */
@Component
@Order(96)
class ExportPersonalDataAction implements ClientAction {

    private final PersonalDataService personalData;
    private final CurrentUser user;

    ExportPersonalDataAction(PersonalDataService personalData, CurrentUser user) {
        this.personalData = personalData;
        this.user = user;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public String labelKey() {
        return "gdpr.export.action";
    }

    @Override
    public String id() {
        return "export-personal-data";
    }

    @Override
    public boolean isAvailable() {
        return user.hasRole(Roles.ADMIN);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        PersonalDataDialogs.exportDialog(personalData, clientId).open();
    }
}
