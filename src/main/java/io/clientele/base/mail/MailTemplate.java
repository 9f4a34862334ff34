package io.clientele.base.mail;

import io.clientele.base.domain.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one renderer of e-mail templates a business can edit: named placeholders such as {@code {client.name}} in plain
 * text. Not MessageFormat: apostrophes and braces that name no placeholder are ordinary characters, so nothing a user
 * types changes meaning. Values are substituted once, as plain text (a value that looks like a placeholder stays as it
 * is), and the mail is sent as plain text, so no value can become markup.
 */
public final class MailTemplate {

    /** Longest subject a template may have, and longest subject a rendering produces. */
    public static final int SUBJECT_MAX = 200;
    /** Longest body a template may have. */
    public static final int BODY_MAX = 10_000;
    /** A value longer than this is cut in a subject (a subject is one short line). */
    static final int SUBJECT_VALUE_MAX = 100;

    /** {@code {name}} or {@code {group.name}}: lower-case words with dots and hyphens. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)*)}");

    /** Any HTML tag or comment: the body is plain text, so markup of any kind (script, img, links) is refused. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?][^>]*>?");

    private MailTemplate() {}

    /** The placeholders a text names, in order of first use. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Checks a template before it is saved.
     *
     * @throws RuleViolationException {@code mail.template.subject.required}, {@code mail.template.subject.too-long},
     *     {@code mail.template.subject.unknown} / {@code mail.template.body.unknown} listing the unknown placeholders,
     *     {@code mail.template.body.required}, {@code mail.template.body.too-long}, {@code mail.template.body.markup}
     *     quoting the first tag
     */
    public static void check(MailTemplateText template, Set<String> known) {
        String subject = template.subject();
        if (subject.isBlank()) {
            throw new RuleViolationException("mail.template.subject.required");
        }
        if (subject.length() > SUBJECT_MAX) {
            throw new RuleViolationException("mail.template.subject.too-long", SUBJECT_MAX);
        }
        List<String> unknownInSubject = unknown(subject, known);
        if (!unknownInSubject.isEmpty()) {
            throw new RuleViolationException("mail.template.subject.unknown", braced(unknownInSubject));
        }
        String body = template.body();
        if (body.isBlank()) {
            throw new RuleViolationException("mail.template.body.required");
        }
        if (body.length() > BODY_MAX) {
            throw new RuleViolationException("mail.template.body.too-long", BODY_MAX);
        }
        List<String> unknownInBody = unknown(body, known);
        if (!unknownInBody.isEmpty()) {
            throw new RuleViolationException("mail.template.body.unknown", braced(unknownInBody));
        }
        Matcher tag = TAG.matcher(body);
        if (tag.find()) {
            throw new RuleViolationException("mail.template.body.markup", tag.group());
        }
    }

    /** The placeholders of {@code text} that are not {@code known}. */
    public static List<String> unknown(String text, Set<String> known) {
        List<String> result = new ArrayList<>();
        for (String name : placeholders(text)) {
            if (!known.contains(name)) {
                result.add(name);
            }
        }
        return result;
    }

    /**
     * The subject with its values (keyed by placeholder as written, {@code "{client.name}"}): one line (line breaks in values become spaces), each value cut at
     * {@value #SUBJECT_VALUE_MAX} characters, the whole at {@value #SUBJECT_MAX}. A placeholder without a value
     * renders as nothing.
     */
    public static String renderSubject(String subject, Map<String, String> values) {
        String line = substitute(subject, values, true)
                .replaceAll("[\\r\\n\\t]+", " ")
                .strip();
        return line.length() > SUBJECT_MAX ? line.substring(0, SUBJECT_MAX) : line;
    }

    /**
     * The body with its values. A line that names a placeholder without a value is left out (a quote has no payment
     * link, an invoice without due date no due-date line), and a paragraph emptied that way leaves no extra blank lines.
     */
    public static String renderBody(String body, Map<String, String> values) {
        String normalized = body.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        for (String line : normalized.split("\n", -1)) {
            boolean complete = placeholders(line).stream().allMatch(n -> values.containsKey("{" + n + "}"));
            if (complete) {
                out.append(substitute(line, values, false)).append('\n');
            } else {
                out.append('\u0000').append('\n'); // a dropped line: removed below with the blank lines it leaves
            }
        }
        String text = out.substring(0, out.length() - 1);
        // A dropped line goes; if that leaves two blank lines in a row, one of them goes too.
        text = text.replaceAll("(?m)^\u0000\n", "").replace("\u0000", "");
        return text.replaceAll("\n{3,}", "\n\n");
    }

    private static String substitute(String text, Map<String, String> values, boolean subject) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group());
            if (value == null) {
                value = "";
            } else if (subject && value.length() > SUBJECT_VALUE_MAX) {
                value = value.substring(0, SUBJECT_VALUE_MAX);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String braced(List<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
