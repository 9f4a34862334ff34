package io.clientele.base.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.clientele.base.preferences.UserPreferences;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A "Columns" menu that shows or hides a grid's secondary columns, remembered per user: the grid's id names the
 * preference ({@code client-grid.hidden-columns}), so the same user finds the same columns on every device.
 */
public class ColumnChooser extends MenuBar {

    private final UserPreferences preferences;
    private final String preferenceKey;
    private final Map<String, MenuItem> items = new LinkedHashMap<>();

    /**
     * @param grid           a grid with an id and keyed columns
     * @param hiddenByDefault keys of the columns hidden until the user chooses otherwise
     * @param choosable      keys of the columns offered, in menu order
     */
    public ColumnChooser(Grid<?> grid, UserPreferences preferences, Set<String> hiddenByDefault, String... choosable) {
        this.preferences = preferences;
        this.preferenceKey = grid.getId().orElseThrow() + ".hidden-columns";
        setId(grid.getId().orElseThrow() + "-columns");
        addThemeVariants(MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = addItem(VaadinIcon.GRID_H.create());
        root.setAriaLabel(getTranslation("grid.columns"));
        setTooltipText(root, getTranslation("grid.columns"));
        Set<String> hidden =
                preferences.get(preferenceKey).map(ColumnChooser::parse).orElse(hiddenByDefault);
        for (String key : choosable) {
            Grid.Column<?> column = grid.getColumnByKey(key);
            column.setVisible(!hidden.contains(key));
            MenuItem item = root.getSubMenu().addItem(headerText(column), e -> {
                column.setVisible(e.getSource().isChecked());
                remember();
            });
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setId(getId().orElseThrow() + "-" + key);
            // The menu stays open while columns are ticked one after another.
            item.setKeepOpen(true);
            items.put(key, item);
        }
    }

    private static String headerText(Grid.Column<?> column) {
        String text = column.getHeaderText();
        if (text != null) {
            return text;
        }
        return column.getHeaderComponent() == null
                ? column.getKey()
                : column.getHeaderComponent().getElement().getTextRecursively();
    }

    private void remember() {
        preferences.put(
                preferenceKey,
                items.entrySet().stream()
                        .filter(e -> !e.getValue().isChecked())
                        .map(Map.Entry::getKey)
                        .collect(Collectors.joining(",")));
    }

    /** The menu item of a column, for tests that tick it as a user would. */
    public MenuItem item(String key) {
        return items.get(key);
    }

    private static Set<String> parse(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
