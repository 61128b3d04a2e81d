package dev.bringport.example.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the benchmarks ran on: CPU, cores, memory, JDK, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    /** @return e.g. {@code AMD EPYC, 2 cores, 23.4 GiB; OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1} */
    static String describe() {
        String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name").map(line -> line.substring(line.indexOf(':') + 1).strip())
                .orElse(System.getProperty("os.arch"));
        String memory = firstLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(line -> String.format("%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("memory unknown");
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + "; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + " ("
                + System.getProperty("java.vendor") + "); " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** @return the load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} gives them */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
