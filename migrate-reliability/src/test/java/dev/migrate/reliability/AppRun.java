package dev.migrate.reliability;

import dev.migrate.reliability.app.StarterApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A case run as an application start with the starter, in-process; the message is the failure report Spring Boot
 * prints ("APPLICATION FAILED TO START", description and action), read from the captured output.
 */
final class AppRun implements Case.Action {

    /** The output captured so far (set by the test, from Spring Boot's output capture). */
    static volatile Supplier<String> output = () -> "";

    private final List<String> properties;

    AppRun(List<String> properties) {
        this.properties = List.copyOf(properties);
    }

    /** The properties as the docs show them. */
    String display() {
        return String.join(" ", properties);
    }

    @Override
    public Case.Result run(Fixture f) {
        int mark = output.get().length();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", f.url());
        defaults.put("migrate.locations", "filesystem:" + f.migrations);
        defaults.put("spring.main.banner-mode", "off");
        List<String> args = new ArrayList<>();
        properties.forEach(p -> args.add("--" + p.replace("{dir}", f.dir.toString())));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StarterApp.class)
                .web(WebApplicationType.NONE).properties(defaults).run(args.toArray(String[]::new))) {
            return new Case.Result("started", "", output.get().substring(mark));
        } catch (RuntimeException e) {
            String printed = output.get().substring(mark);
            return new Case.Result("startup fails", report(printed, e), printed);
        }
    }

    /** The description and action of the failure report, or the exception's message when there is no report. */
    static String report(String printed, Throwable e) {
        int start = printed.indexOf("APPLICATION FAILED TO START");
        if (start < 0) {
            return "(no failure report) " + e;
        }
        int description = printed.indexOf("Description:", start);
        String text = printed.substring(description).replace("\r", "");
        // The report ends where the next log line (it starts with the time) begins.
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("(?m)^\\d\\d[-:]").matcher(text);
        return (next.find() ? text.substring(0, next.start()) : text).strip();
    }
}
