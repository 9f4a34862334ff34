package io.clientele.base.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/** The bars of a bar chart in a PDF report: one image per row, the filled part as long as the row's fraction. */
public final class Bars {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 24;
    private static final Color FILL = new Color(0x1a, 0x73, 0xe8);
    private static final Color TRACK = new Color(0xe8, 0xee, 0xf6);

    private Bars() {}

    /** A bar filled to {@code fraction} (clamped to 0…1), drawn at 400×24 so it stays sharp when scaled down. */
    public static Image image(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(TRACK);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(FILL);
            g.fillRect(0, 0, (int) Math.round(WIDTH * f), HEIGHT);
        } finally {
            g.dispose();
        }
        return image;
    }
}
