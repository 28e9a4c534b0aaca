package io.notelint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM {@code -Xlog:gc:file=...} log and shows whether the heap stayed flat: the live heap
 * after each collection, summarised per tenth of the run. A leak shows as an after-GC floor that
 * climbs from tenth to tenth; a streaming batch keeps it level.
 */
final class HeapReport {

    /** {@code [12.345s][info][gc] GC(17) Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(512M) 3.2ms}. */
    private static final Pattern LINE = Pattern.compile(
            "\\[(\\d+[.,]\\d+)s].*GC\\((\\d+)\\) (.+?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private HeapReport() {
    }

    record Gc(double seconds, String kind, long beforeMb, long afterMb, long committedMb) {
    }

    public static void main(String[] args) throws IOException {
        List<Gc> gcs = parse(Files.readAllLines(Path.of(args[0])));
        if (gcs.isEmpty()) {
            System.out.println("no collections in " + args[0]);
            return;
        }
        double end = gcs.get(gcs.size() - 1).seconds();
        System.out.printf(Locale.ROOT, "%d collections in %.1f s; peak heap before a collection %d MB,"
                        + " committed at most %d MB%n", gcs.size(), end,
                gcs.stream().mapToLong(Gc::beforeMb).max().orElse(0),
                gcs.stream().mapToLong(Gc::committedMb).max().orElse(0));
        System.out.println("| tenth of the run | collections | live heap after GC, min-max (MB) |");
        System.out.println("| ---: | ---: | --- |");
        for (int t = 0; t < 10; t++) {
            double from = end * t / 10;
            double to = end * (t + 1) / 10;
            long n = 0;
            long min = Long.MAX_VALUE;
            long max = 0;
            for (Gc g : gcs) {
                if (g.seconds() >= from && (g.seconds() < to || t == 9)) {
                    n++;
                    min = Math.min(min, g.afterMb());
                    max = Math.max(max, g.afterMb());
                }
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %s |%n", t + 1, n, n == 0 ? "-" : min + "-" + max);
        }
    }

    static List<Gc> parse(List<String> lines) {
        List<Gc> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                out.add(new Gc(Double.parseDouble(m.group(1).replace(',', '.')), m.group(3),
                        Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6))));
            }
        }
        return out;
    }
}
