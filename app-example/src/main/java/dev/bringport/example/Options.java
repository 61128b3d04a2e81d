package dev.bringport.example;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The global options, given before the command.
 *
 * @param transport the transport ({@code --transport}, default in-memory)
 * @param host      replaces {@code https://api.bring.com} in every base URL ({@code --host})
 * @param json      print the result as one JSON document ({@code --json})
 * @param command   the command and its arguments
 */
record Options(TransportChoice transport, Optional<URI> host, boolean json, List<String> command) {

    static Options parse(String[] args) {
        TransportChoice transport = TransportChoice.INMEMORY;
        Optional<URI> host = Optional.empty();
        boolean json = false;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--transport" -> transport = TransportChoice.fromOption(value(args, i++));
                case "--host" -> host = Optional.of(host(value(args, i++)));
                case "--json" -> json = true;
                default -> throw new UsageException("unknown option " + args[i]);
            }
            i++;
        }
        List<String> command = new ArrayList<>(List.of(args).subList(i, args.length));
        if (command.isEmpty()) {
            throw new UsageException("no command given");
        }
        return new Options(transport, host, json, command);
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static URI host(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--host needs a URL like https://api.bring.com, was '" + value + "'");
        }
    }
}
