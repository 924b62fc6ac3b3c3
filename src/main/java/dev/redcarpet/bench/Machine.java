package dev.redcarpet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine a benchmark ran on. */
public final class Machine {
    private Machine() {
    }

    /** The 1-minute load average: other work on the machine inflates every figure. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static String describe() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the generic name
        }
        long ram = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize() / (1024L * 1024 * 1024);
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + ram + " GiB RAM, "
                + System.getProperty("os.name") + ", Java " + Runtime.version() + ", load average " + loadAverage();
    }
}
