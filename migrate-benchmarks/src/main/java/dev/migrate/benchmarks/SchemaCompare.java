package dev.migrate.benchmarks;

import java.nio.file.Path;

/**
 * W4: compare a declared schema with a database that already matches it. {@link #prepare} runs once,
 * untimed (it may write a model file); {@link #compare} is the timed call and returns the number of
 * differences found, which must be zero.
 */
interface SchemaCompare {

    /** One line for the report: what exactly is compared with what. */
    String method();

    void prepare(Target target, Path work, SchemaFixture fixture) throws Exception;

    int compare(Target target, Path work) throws Exception;
}
