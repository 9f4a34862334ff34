package io.clientele.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** An unknown address (or, in production mode, one the user may not open): {@link NotAvailablePage}. */
@AnonymousAllowed
public class NotAvailableView extends NotAvailablePage implements HasErrorParameter<NotFoundException> {

    public NotAvailableView(
            CurrentUser currentUser, List<ShellFor> shells, List<TopBarAction> topBarActions, UserLocale userLocale) {
        super(currentUser, shells, topBarActions, userLocale);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show();
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
