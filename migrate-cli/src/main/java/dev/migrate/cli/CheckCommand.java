package dev.migrate.cli;

import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.Difference;
import dev.migrate.autogen.SchemaDiff;
import dev.migrate.schema.MetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate check}: the CI gate; whether the database at head matches the declared schema. */
@Command(name = "check", description = "Compare the declared schema with the database at head: exit 0 with "
        + "\"No changes detected\" when they match, exit 1 with the differences when they do not.")
final class CheckCommand extends Verb {

    @Mixin
    SchemaOptions schema;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Session session) {
        CompareOptions compare = schema.compareOptions();
        MetaData declared = session.declaredSchema(schema.metadata, "check");
        SchemaDiff diff;
        try {
            diff = session.connected().check(declared, compare);
        } catch (IllegalStateException e) {
            throw new StateException(e);
        }
        if (json) {
            out().println(Json.write(json(diff)));
        } else {
            out().println(diff.report());
            if (!diff.isEmpty()) {
                out().println("Write a migration for them with: migrate revision --autogenerate -m \"MESSAGE\"");
            }
        }
        return diff.isEmpty() ? Errors.OK : Errors.FAILED;
    }

    private static Map<String, Object> json(SchemaDiff diff) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("matches", diff.isEmpty());
        List<Map<String, Object>> differences = diff.differences().stream().map(CheckCommand::json).toList();
        doc.put("differences", differences);
        doc.put("notes", diff.notes());
        return doc;
    }

    private static Map<String, Object> json(Difference d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
        m.put("table", d.table());
        m.put("subject", d.subject());
        m.put("description", d.description());
        return m;
    }
}
