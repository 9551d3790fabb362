package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** The {@link StepContext} a step's body runs with. */
final class StepRunContext implements StepContext {

    private final StepInfo step;
    private final Executor executor;

    StepRunContext(StepInfo step, Executor executor) {
        this.step = step;
        this.executor = executor;
    }

    @Override
    public StepInfo step() {
        return step;
    }

    @Override
    public void execute(String sql, String where) throws SQLException {
        executor.execute(sql, where);
    }

    @Override
    public boolean online() {
        return executor.online();
    }

    @Override
    public Connection connection() {
        if (!executor.online()) {
            throw new IllegalStateException("Revision " + step.revision() + " (" + step.source() + ") asks for the "
                    + "database connection, which does not exist when writing SQL offline. Express the migration "
                    + "with ops (op.execute(...) for raw SQL), or run it online.");
        }
        return executor.connection();
    }
}
