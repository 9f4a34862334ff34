package io.clientele.client.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Tags picked with completion (issue 22): existing tags are suggested as one types, lazily, one page of names at a
 * time; where new tags are allowed, Enter on a name no tag has yet adds it as a new tag, stored with the client. A
 * name against the rules (too long, a comma) is refused on the field, keeping what was chosen.
 */
public class TagField extends MultiSelectComboBox<ClientTag> {

    private final ClientTags tags;

    public TagField(ClientTags tags, boolean allowNew) {
        this.tags = tags;
        setItems(query -> tags.suggest(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        setItemLabelGenerator(ClientTag::getName);
        // In the drop-down each name shows in its colour, as on the list and the overview.
        setRenderer(LitRenderer.<ClientTag>of("<span class=\"client-tag ${item.css}\">${item.name}</span>")
                .withProperty("css", t -> t.getColour().cssClass())
                .withProperty("name", ClientTag::getName));
        setClearButtonVisible(true);
        if (allowNew) {
            setAllowCustomValue(true);
            setHelperText(getTranslation("tag.field.helper"));
            addCustomValueSetListener(e -> addTyped(e.getDetail()));
        }
    }

    /** Tags as coloured badges, by name (the overview's header). */
    static Span badges(Collection<ClientTag> clientTags) {
        Span all = new Span();
        all.setId("client-tag-badges");
        all.addClassName("client-tags");
        clientTags.stream()
                .sorted(Comparator.comparing(ClientTag::getName, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> {
                    Span badge = new Span(t.getName());
                    badge.addClassNames("client-tag", t.getColour().cssClass());
                    all.add(badge);
                });
        return all;
    }

    /** A typed name: the existing tag of that name, else a new one; nothing when already chosen. */
    void addTyped(String typed) {
        String name;
        try {
            name = ClientTags.normalise(typed);
        } catch (RuleViolationException e) {
            setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            setInvalid(true);
            return;
        }
        setInvalid(false);
        Set<ClientTag> value = new HashSet<>(getValue());
        if (value.stream().anyMatch(t -> t.getName().equalsIgnoreCase(name))) {
            return;
        }
        value.add(tags.suggest(name, 0, 20).stream()
                .filter(t -> t.getName().equalsIgnoreCase(name))
                .findFirst()
                .orElseGet(() -> new ClientTag(name)));
        setValue(value);
    }
}
