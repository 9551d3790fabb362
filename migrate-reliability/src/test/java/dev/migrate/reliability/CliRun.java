package dev.migrate.reliability;

import dev.migrate.cli.InProcessCli;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case run through the command line, in-process: {@code --url} of the fixture's database is added unless the
 * arguments start with {@value #NO_URL}; {@code {dir}} and {@code {pgbase}} are replaced.
 */
final class CliRun implements Case.Action {

    static final String NO_URL = "-noUrl";

    private final Catalogue.Holding holding;
    private final List<String> args;
    private final boolean postgres;

    private CliRun(Catalogue.Holding holding, List<String> args, boolean postgres) {
        this.holding = holding;
        this.args = args;
        this.postgres = postgres;
    }

    static CliRun of(Object... args) {
        Catalogue.Holding holding = null;
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Catalogue.Holding h) {
                holding = h;
            } else {
                strings.add((String) arg);
            }
        }
        return new CliRun(holding, List.copyOf(strings), false);
    }

    CliRun onPostgres() {
        return new CliRun(holding, args, true);
    }

    boolean postgres() {
        return postgres;
    }

    boolean holdsLock() {
        return holding != null;
    }

    /** The command as the docs show it. */
    String display() {
        List<String> shown = new ArrayList<>();
        if (!args.contains(NO_URL) && !args.contains("--url")) {
            shown.add("--url URL");
        }
        args.stream().filter(a -> !a.equals(NO_URL)).forEach(shown::add);
        return "migrate " + String.join(" ", shown);
    }

    @Override
    public Case.Result run(Fixture f) throws Exception {
        List<String> command = new ArrayList<>();
        if (!args.contains(NO_URL) && !args.contains("--url")) {
            command.add("--url");
            command.add(f.url());
        }
        String url = f.url();
        String base = url.substring(0, url.lastIndexOf('/'));
        for (String arg : args) {
            if (!arg.equals(NO_URL)) {
                command.add(arg.replace("{dir}", f.dir.toString()).replace("{pgbase}", base));
            }
        }
        InProcessCli.Result result;
        if (holding != null) {
            try (AutoCloseable held = holding.holder().hold(f)) {
                result = InProcessCli.run(f.dir, Map.of(), command.toArray(String[]::new));
            }
        } else {
            result = InProcessCli.run(f.dir, Map.of(), command.toArray(String[]::new));
        }
        return new Case.Result("exit " + result.exitCode(), result.err(), result.toString());
    }
}
