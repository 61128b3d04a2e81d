package dev.bringport.example;

import dev.bringport.domain.warehouse.ArticleBalance;
import dev.bringport.ports.warehouse.Warehousing;
import java.util.List;
import java.util.Optional;

/** {@code wh order|lines|stock|error-codes}. */
final class WarehousingCommands {

    static final List<String> USAGE = List.of(
            "wh order <customerId> <orderId>",
            "wh lines <customerId> <orderId>",
            "wh stock <customerId> [--article <articleNo>] [--search <text>]",
            "wh error-codes");

    private final Warehousing wh;

    WarehousingCommands(Warehousing wh) {
        this.wh = wh;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "order" -> {
                Arguments.require(args, 2, "wh order <customerId> <orderId>");
                var order = wh.order(args.get(1), args.get(2));
                yield new Result(order, TextFormat.order(order));
            }
            case "lines" -> {
                Arguments.require(args, 2, "wh lines <customerId> <orderId>");
                var lines = wh.orderLines(args.get(1), args.get(2));
                yield new Result(lines, TextFormat.lines(lines));
            }
            case "stock" -> stock(args);
            case "error-codes" -> {
                Arguments.require(args, 0, "wh error-codes");
                var codes = wh.errorCodes();
                yield new Result(codes, TextFormat.errorCodes(codes));
            }
            default -> throw UsageException.unknown("wh command", command,
                    USAGE.stream().map(line -> line.split(" ")[1]).toList());
        };
    }

    private Result stock(List<String> args) {
        String usage = "usage: wh stock <customerId> [--article <articleNo>] [--search <text>]";
        if (args.size() == 2) {
            List<ArticleBalance> all = wh.articleBalances(args.get(1));
            return new Result(all, TextFormat.balances(all));
        }
        if (args.size() != 4) {
            throw new UsageException(usage);
        }
        return switch (args.get(2)) {
            case "--article" -> {
                Optional<ArticleBalance> one = wh.articleBalance(args.get(1), args.get(3));
                yield new Result(one.map(List::of).orElse(List.of()), one.map(b -> TextFormat.balances(List.of(b)))
                        .orElse("The warehouse holds no article " + args.get(3) + "."));
            }
            case "--search" -> {
                List<ArticleBalance> found = wh.searchArticleBalances(args.get(1), args.get(3));
                yield new Result(found, TextFormat.balances(found));
            }
            default -> throw new UsageException(usage);
        };
    }
}
