package io.newsroom.ops;

import io.newsroom.schemas.Topics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line behind {@code ./newsroom topics | tail | dlq | reenrich}. The broker comes from
 * {@code --bootstrap-servers} (the script passes its run's), client security settings from {@code --command-config
 * FILE}. Exit status: 0 done, 1 failed, 2 usage error or refusal.
 */
public final class OpsCli {

    static final String USAGE = """
            usage: ops-tools --bootstrap-servers HOST:PORT [--command-config FILE] COMMAND
              topics                                      topics, partitions, end offsets, retention, lag per group
              tail TOPIC [--from-beginning] [--max N]     records with partition, offset, time, key, headers, value
              dlq list [TOPIC] [--max N]                  dead letters with their reasons (default: both topics)
              dlq redrive --url SERVICE_URL [--limit N] [--partition P] [--from O] [--to O] [--until INSTANT]
                                                          re-drive through the service's admin API (key: NEWSROOM_ADMIN_KEY)
              reenrich [--since TIME] [--dry-run] [--wait SECONDS]
                                                          move enrich-service's group back on the raw topic (service stopped)
            """;

    private OpsCli() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> words, PrintStream out, PrintStream err) {
        try {
            Args args = new Args(words, Set.of("--bootstrap-servers", "--command-config", "--max", "--since", "--wait",
                    "--url", "--limit", "--partition", "--from", "--to", "--until", "--group", "--topic"),
                    Set.of("--from-beginning", "--dry-run", "--help"));
            List<String> command = args.positional();
            if (command.isEmpty() || args.flag("--help")) {
                out.print(USAGE);
                return command.isEmpty() && !args.flag("--help") ? 2 : 0;
            }
            KafkaSettings kafka = KafkaSettings.of(args.value("--bootstrap-servers").orElse("127.0.0.1:9092"),
                    args.value("--command-config").map(Path::of).orElse(null));
            return switch (command.get(0)) {
                case "topics" -> topics(kafka, out);
                case "tail" -> tail(kafka, args, out);
                case "dlq" -> dlq(kafka, args, out);
                case "reenrich" -> reenrich(kafka, args, out);
                default -> throw new UsageException("unknown command '" + command.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("newsroom: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("newsroom: " + e.getMessage());
            return 1;
        }
    }

    private static int topics(KafkaSettings kafka, PrintStream out) {
        TopicOverview overview = new TopicOverview(kafka, Duration.ofSeconds(10));
        overview.print(overview.read(), out);
        return 0;
    }

    private static int tail(KafkaSettings kafka, Args args, PrintStream out) {
        if (args.positional().size() != 2) {
            throw new UsageException("tail which topic? ./newsroom tail TOPIC [--from-beginning] [--max N]");
        }
        Tail tail = new Tail(kafka);
        Thread main = Thread.currentThread();
        Thread stopper = new Thread(() -> {
            tail.stop();
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        tail.run(args.positional().get(1), args.flag("--from-beginning"), args.number("--max").orElse(null), null, out);
        return 0;
    }

    private static int dlq(KafkaSettings kafka, Args args, PrintStream out) {
        String action = args.positional().size() > 1 ? args.positional().get(1) : "list";
        if (action.equals("list")) {
            List<String> topics = args.positional().size() > 2 ? args.positional().subList(2, args.positional().size())
                    : List.of(Topics.ENRICH_DEAD_LETTER, Topics.STORE_DEAD_LETTER);
            new DeadLetterList(kafka).list(topics, args.number("--max").orElse(null), out);
            return 0;
        }
        if (action.equals("redrive")) {
            String url = args.value("--url").orElseThrow(() -> new UsageException("dlq redrive needs --url of the service"));
            String key = System.getenv("NEWSROOM_ADMIN_KEY");
            if (key == null || key.isBlank()) {
                throw new UsageException("set NEWSROOM_ADMIN_KEY to the admin key of the service");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String name : List.of("limit", "partition", "from", "to", "until")) {
                args.value("--" + name).ifPresent(value -> parameters.put(name, value));
            }
            return new RedriveClient().redrive(url, key, parameters, out) ? 0 : 1;
        }
        throw new UsageException("dlq list [TOPIC] or dlq redrive …; not '" + action + "'");
    }

    private static int reenrich(KafkaSettings kafka, Args args, PrintStream out) {
        Instant since = args.value("--since").map(text -> Since.parse(text, Clock.systemUTC())).orElse(null);
        String group = args.value("--group").orElse("enrich-service");
        String topic = args.value("--topic").orElse(Topics.RAW);
        Reenrich reenrich = new Reenrich(kafka);
        Reenrich.Plan plan = reenrich.plan(group, topic, since);
        Reenrich.print(plan, out);
        if (args.flag("--dry-run")) {
            out.println("Dry run: nothing changed.");
            return 0;
        }
        reenrich.apply(plan, Duration.ofSeconds(args.number("--wait").orElse(60L)), out);
        out.println(plan.again() == 0 ? "Nothing to move." : "Offsets moved; enrich-service enriches these records again once it runs.");
        return 0;
    }

}
