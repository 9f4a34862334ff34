package io.clientele.base.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts drawn on the server as SVG: stock components only, no chart library or front-end bundle, and
 * no raw HTML in the page (OutputSafetyTest) — the SVG is an image served by the app itself, so it runs nothing and
 * passes a same-origin image policy. Colours are Lumo's defaults. The image has a text alternative, and the figures it
 * shows are always printed beside it as well.
 */
public final class SvgBars {

    /**
     * One bar: a label, up to two stacked parts (e.g. overdue and not yet due) and the text printed after it.
     *
     * @param first  the first part's length in the chart's unit
     * @param second the second part's length, stacked after the first (0 for none)
     */
    public record Bar(String label, double first, double second, String value) {}

    private static final int WIDTH = 480;
    private static final int ROW = 30;
    private static final int BAR = 16;
    private static final int LABEL = 130;
    private static final int VALUE = 120;

    private SvgBars() {}

    private static final String TEXT = "#1a2a3f";
    private static final String TRACK = "#eef1f5";
    private static final String FIRST = "#1676f3";
    private static final String SECOND = "#e5343d";

    /** The bars scaled to the longest one, as an image with {@code description} as its text alternative. */
    public static Image chart(String description, List<Bar> bars) {
        byte[] svg = svg(description, bars).getBytes(StandardCharsets.UTF_8);
        Image image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(svg), "chart.svg", "image/svg+xml", svg.length)),
                description);
        image.addClassName("chart");
        return image;
    }

    /** The chart's SVG document. */
    static String svg(String description, List<Bar> bars) {
        double max =
                bars.stream().mapToDouble(b -> b.first() + b.second()).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW);
        int track = WIDTH - LABEL - VALUE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(description))
                .append("\"><title>")
                .append(escape(description))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            double firstWidth = max <= 0 ? 0 : track * bar.first() / max;
            double secondWidth = max <= 0 ? 0 : track * bar.second() / max;
            svg.append("<text fill=\"" + TEXT + "\" font-family=\"sans-serif\" font-size=\"13\" x=\"0\" y=\"")
                    .append(y + ROW / 2 + 5)
                    .append("\">")
                    .append(escape(shorten(bar.label())))
                    .append("</text>");
            svg.append("<rect fill=\"" + TRACK + "\" x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + (ROW - BAR) / 2)
                    .append("\" width=\"")
                    .append(track)
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" rx=\"3\"/>");
            rect(svg, FIRST, LABEL, y, firstWidth);
            rect(svg, SECOND, LABEL + firstWidth, y, secondWidth);
            svg.append("<text fill=\"" + TEXT + "\" font-family=\"sans-serif\" font-size=\"13\" x=\"")
                    .append(WIDTH)
                    .append("\" y=\"")
                    .append(y + ROW / 2 + 5)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(bar.value()))
                    .append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void rect(StringBuilder svg, String colour, double x, int y, double width) {
        if (width <= 0) {
            return;
        }
        svg.append("<rect fill=\"")
                .append(colour)
                .append("\" x=\"")
                .append(String.format(Locale.ROOT, "%.1f", x))
                .append("\" y=\"")
                .append(y + (ROW - BAR) / 2)
                .append("\" width=\"")
                .append(String.format(Locale.ROOT, "%.1f", Math.max(width, 2)))
                .append("\" height=\"")
                .append(BAR)
                .append("\" rx=\"3\"/>");
    }

    private static String shorten(String label) {
        return label.length() <= 18 ? label : label.substring(0, 17) + "…";
    }

    /** Text and attribute values are user data (group names): escaped, never markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
