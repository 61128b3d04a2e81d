package dev.bringport.example;

import dev.bringport.ports.BringException;
import dev.bringport.ports.ClientRules;
import dev.bringport.ports.migration.BringPorts;
import dev.bringport.ports.migration.Difference;
import dev.bringport.ports.migration.Differences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code compare <om|wh> <read command and args>}: the same read over SOAP and over REST, and the
 * fields on which their answers differ. Proof, before moving an operation, that REST answers what
 * SOAP answered.
 */
final class CompareCommand {

    static final List<String> USAGE = List.of("compare <om|wh> <read command and args>");

    /** A compared command is a read: it reads no request file and notes nothing. */
    private static final RequestFile READS_ONLY = new RequestFile(true, ignored -> {
    });

    /** The outcome: the result to print, and whether the answers agree. */
    record Comparison(Result result, boolean agrees) {
    }

    private final Function<String, BringPorts> transports;

    CompareCommand(Function<String, BringPorts> transports) {
        this.transports = transports;
    }

    Comparison run(List<String> args) {
        if (args.size() < 2 || !List.of("om", "wh").contains(args.get(0))) {
            throw new UsageException("usage: " + USAGE.get(0));
        }
        List<String> read = args.subList(1, args.size());
        Object soap = answer(transports.apply(TransportChoice.SOAP.option()), args.get(0), read);
        Object rest = answer(transports.apply(TransportChoice.REST.option()), args.get(0), read);
        List<Difference> differences = Differences.between(soap, rest);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("command", String.join(" ", args));
        value.put("agrees", differences.isEmpty());
        value.put("differences", differences);
        String text = differences.isEmpty() ? "SOAP and REST answer the same."
                : "SOAP and REST differ on " + differences.size() + " field(s) (SOAP <> REST):\n"
                + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n"));
        return new Comparison(new Result(value, text), differences.isEmpty());
    }

    /** The answer of a read, or the failure it met: both are compared. */
    private static Object answer(BringPorts ports, String api, List<String> read) {
        if (!isRead(read.get(0))) {
            throw new UsageException("compare runs reads only, not '" + read.get(0) + "'");
        }
        try {
            return api.equals("om") ? new OrderManagementCommands(ports.orderManagement(), READS_ONLY, null, ClientRules.ON)
                    .run(read).value()
                    : new WarehousingCommands(ports.warehousing()).run(read).value();
        } catch (BringException failure) {
            return failure;
        }
    }

    private static boolean isRead(String command) {
        return List.of("is-customer", "order", "lines", "packing-lists", "sender-status", "error-codes", "stock")
                .contains(command);
    }
}
