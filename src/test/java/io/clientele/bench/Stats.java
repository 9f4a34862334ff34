package io.clientele.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One benchmark line: samples in milliseconds (or a single value for throughput and heap), and its target. */
record Stats(String name, String unit, double[] samples, String target, boolean met, double[] cpu) {

    Stats(String name, String unit, double[] samples, String target, boolean met) {
        this(name, unit, samples, target, met, new double[0]);
    }

    /** The same timings with the benchmark thread's CPU time per run (the app's share, without the database's). */
    Stats withCpu(List<Double> cpuMillis) {
        return new Stats(
                name,
                unit,
                samples,
                target,
                met,
                cpuMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    double cpuMedian() {
        return cpu.length == 0 ? 0 : cpu[(int) Math.ceil(0.5 * cpu.length) - 1];
    }

    static Stats timings(String name, List<Double> millis, double p95Target) {
        double[] s = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Stats draft = new Stats(name, "ms", s, p95Target > 0 ? "p95 ≤ " + fmt(p95Target) + " ms" : "", true);
        return new Stats(name, "ms", s, draft.target, p95Target <= 0 || draft.p95() <= p95Target);
    }

    static Stats value(String name, String unit, double value, String target, boolean met) {
        return new Stats(name, unit, new double[] {value}, target, met);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double percentile(double p) {
        if (samples.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * samples.length) - 1;
        return samples[Math.max(0, Math.min(samples.length - 1, index))];
    }

    static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String table(List<Stats> all) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "| %-48s | %10s | %10s | %12s | %-18s | %-4s |",
                "measure",
                "median",
                "p95",
                "app CPU med.",
                "target",
                "met"));
        lines.add("|" + "-".repeat(50) + "|" + "-".repeat(12) + "|" + "-".repeat(12) + "|" + "-".repeat(14) + "|"
                + "-".repeat(20) + "|" + "-".repeat(6) + "|");
        for (Stats s : all) {
            boolean single = s.samples.length == 1 && !s.unit.equals("ms");
            lines.add(String.format(
                    Locale.ROOT,
                    "| %-48s | %10s | %10s | %12s | %-18s | %-4s |",
                    s.name,
                    fmt(s.median()) + (single ? " " + s.unit : ""),
                    single ? "" : fmt(s.p95()),
                    s.cpu.length == 0 ? "" : fmt(s.cpuMedian()),
                    s.target,
                    s.target.isEmpty() ? "" : s.met ? "yes" : "NO"));
        }
        return String.join("\n", lines);
    }

    String json() {
        return String.format(
                Locale.ROOT,
                "{\"name\":\"%s\",\"unit\":\"%s\",\"samples\":%d,\"median\":%.3f,\"p95\":%.3f,\"max\":%.3f,"
                        + "\"appCpuMedian\":%.3f,\"target\":\"%s\",\"met\":%s}",
                name.replace("\"", "'"),
                unit,
                samples.length,
                median(),
                p95(),
                samples.length == 0 ? 0 : Arrays.stream(samples).max().orElse(0),
                cpuMedian(),
                target,
                met);
    }
}
