package io.clientele.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** The one search box of a list: searches as the user types, after a short pause, and clears with one click. */
public class SearchField extends TextField {

    /** Milliseconds of typing pause before a search runs: fast enough to feel live, slow enough to spare the DB. */
    public static final int DEBOUNCE_MS = 300;

    public SearchField(String id, String placeholder, Consumer<String> onSearch) {
        setId(id);
        setPlaceholder(placeholder);
        setAriaLabel(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(DEBOUNCE_MS);
        setWidth("20rem");
        addValueChangeListener(e -> onSearch.accept(e.getValue()));
    }
}
