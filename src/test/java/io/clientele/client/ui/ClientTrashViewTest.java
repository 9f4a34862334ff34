package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientTrashViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    private Client trashed;

    @BeforeEach
    void trashOne() {
        testData.company("Still Here Ltd", "here@example.com");
        trashed = testData.company("Binned Ltd", "binned@example.com");
        SystemAuthentication.run(() -> clients.trash(List.of(trashed.getId())));
    }

    @Test
    void the_trash_lists_trashed_clients_and_restore_puts_them_back() {
        login(TestData.STAFF);
        ClientTrashView view = navigate("clients/trash", ClientTrashView.class);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Binned Ltd");

        view.grid.asMultiSelect().select(_get(view.grid, 0));
        _click(view.restore);

        assertThat(_size(view.grid)).isZero();
        ClientListView list = navigate("clients", ClientListView.class);
        assertThat(_size(list.grid)).isEqualTo(2);
    }

    @Test
    void a_row_restore_button_puts_that_one_client_back() {
        Client alsoTrashed = testData.company("Also Binned Ltd", "also@example.com");
        SystemAuthentication.run(() -> clients.trash(List.of(alsoTrashed.getId())));
        login(TestData.STAFF);
        ClientTrashView view = navigate("clients/trash", ClientTrashView.class);
        int row = _get(view.grid, 0).name().equals("Binned Ltd") ? 0 : 1;
        Button restore = (Button) GridKt._getCellComponent(view.grid, row, "restore");
        assertThat(restore.getElement().getAttribute("aria-label")).isEqualTo("Restore Binned Ltd");

        _click(restore);

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Also Binned Ltd");
        assertThat(SystemAuthentication.call(() -> clients.get(trashed.getId())).getTrashedAt())
                .isNull();
        assertThat(SystemAuthentication.call(() -> clients.count(ClientFilter.trash(null))))
                .isEqualTo(1);
    }

    @Test
    void staff_cannot_delete_permanently() {
        login(TestData.STAFF);
        ClientTrashView view = navigate("clients/trash", ClientTrashView.class);
        assertThat(view.delete.isVisible()).isFalse();
    }

    @Test
    void an_admin_deletes_permanently_after_confirming_the_count() {
        login(TestData.ADMIN);
        ClientTrashView view = navigate("clients/trash", ClientTrashView.class);
        view.grid.asMultiSelect().select(_get(view.grid, 0));
        _click(view.delete);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message")).contains("One client will be deleted permanently");

        confirm(dialog);

        assertThat(_size(view.grid)).isZero();
        assertThat(SystemAuthentication.call(() -> clients.count(ClientFilter.trash(null))))
                .isZero();
        assertThat(SystemAuthentication.call(() -> clients.count(ClientFilter.live(null))))
                .isEqualTo(1);
    }
}
