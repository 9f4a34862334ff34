package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation (a support thread): who wrote it when, and its plain text. The text is set as text,
 * never as HTML, so whatever somebody typed (markup, scripts) is shown as typed; line breaks are kept by CSS.
 */
public class ThreadMessage extends Div {

    /**
     * @param ours      written by this side of the conversation (shown on the other side of the column)
     * @param file      a download link of an attached file, or null
     */
    public ThreadMessage(
            String author, Instant at, String body, boolean ours, @Nullable Component file, Locale locale) {
        addClassName("thread-message");
        addClassName(ours ? "thread-message-ours" : "thread-message-theirs");
        Span who = new Span(author);
        who.addClassName("thread-message-author");
        Span when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(at));
        when.addClassName("thread-message-at");
        Div header = new Div(who, when);
        header.addClassName("thread-message-header");
        Div text = new Div();
        text.setText(body);
        text.addClassName("thread-message-body");
        add(header, text);
        if (file != null) {
            add(file);
        }
    }
}
