package io.clientele.client;

import java.util.List;

/**
 * The fixed palette of tag colours. Each is a pale background with a dark text of the same hue (styles.css,
 * {@code .client-tag.tag-<name>}), every pair above WCAG AA's 4.5:1, so a badge stays readable whatever is chosen.
 */
public enum TagColour {
    BLUE,
    GREEN,
    AMBER,
    RED,
    PURPLE,
    TEAL,
    PINK,
    GREY;

    /** The colour a new tag gets: spread over the palette by its name, so the same name always looks the same. */
    static TagColour forNewTag(String nameKey) {
        List<TagColour> all = List.of(values());
        return all.get(Math.floorMod(nameKey.hashCode(), all.size()));
    }

    /** The CSS class of a badge in this colour. */
    public String cssClass() {
        return "tag-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
