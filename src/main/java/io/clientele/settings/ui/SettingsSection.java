package io.clientele.settings.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * A tab of the Settings view contributed by another feature as a Spring bean (client groups, mandatory client fields),
 * so that the settings feature never depends on the features it configures — as {@code ClientSection} does for the
 * client overview.
 *
 * @param order    position among the tabs, lowest first
 * @param titleKey translation key of the tab label
 * @param id       element id of the tab, for tests and deep links
 * @param content  builds the tab's content, once per Settings view
 */
public record SettingsSection(int order, String titleKey, String id, Supplier<Component> content) {}
