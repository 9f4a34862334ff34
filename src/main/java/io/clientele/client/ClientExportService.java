package io.clientele.client;

import io.clientele.base.domain.PageCap;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Walks the client list exactly as a view shows it (same filter, same sort, same visibility), one page at a time,
 * for exports: a large client book is never held in memory whole.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientExportService {

    static final int PAGE = PageCap.MAX_PAGE_SIZE;

    private final ClientService clients;

    ClientExportService(ClientService clients) {
        this.clients = clients;
    }

    /** Hands every matching row to {@code page}, in list order, one page of rows per call. */
    public void forEachPage(ClientFilter filter, Sort sort, Consumer<List<ClientRow>> page) {
        for (int number = 0; ; number++) {
            List<ClientRow> rows = clients.list(filter, PageRequest.of(number, PAGE, sort));
            if (!rows.isEmpty()) {
                page.accept(rows);
            }
            if (rows.size() < PAGE) {
                return;
            }
        }
    }
}
