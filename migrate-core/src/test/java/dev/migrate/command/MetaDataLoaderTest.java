package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.MetaData;
import org.junit.jupiter.api.Test;

class MetaDataLoaderTest {

    private static final ClassLoader LOADER = MetaDataLoaderTest.class.getClassLoader();
    private static final String PKG = "dev.migrate.command.fixtures.metadata.";

    @Test
    void loadsAProvider() {
        assertThat(MetaDataLoader.load(PKG + "ProvidedSchema", LOADER).toString()).isEqualTo("MetaData[provided]");
    }

    @Test
    void loadsTheOnlyPublicStaticFieldOrMethod() {
        assertThat(MetaDataLoader.load(PKG + "StaticSchemas$OneField", LOADER).toString()).isEqualTo("MetaData[field]");
        assertThat(MetaDataLoader.load(PKG + "StaticSchemas$OneMethod", LOADER).toString()).isEqualTo("MetaData[method]");
    }

    @Test
    void loadsTheNamedMemberWhenThereAreSeveral() {
        MetaData second = MetaDataLoader.load(PKG + "StaticSchemas$Two#second", LOADER);
        assertThat(second.toString()).isEqualTo("MetaData[second]");
        assertThat(MetaDataLoader.load(PKG + "StaticSchemas$Two#FIRST", LOADER).toString()).isEqualTo("MetaData[first]");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> MetaDataLoader.load(" ", LOADER)).hasMessage("No declared schema is named: give the class"
                + " that provides it, such as --metadata com.example.db.Schema (or migrate.metadata in migrate.properties)");
        assertThatThrownBy(() -> MetaDataLoader.load("com.example.Missing", LOADER)).hasMessage("Could not load the declared"
                + " schema: class com.example.Missing is not on the classpath (java.lang.ClassNotFoundException:"
                + " com.example.Missing). Compile the application and put its classes and dependencies on the classpath"
                + " given to Migrate");
        assertThatThrownBy(() -> MetaDataLoader.load(PKG + "StaticSchemas$Two", LOADER)).hasMessage("Class " + PKG
                + "StaticSchemas$Two does not say which schema to use: it should implement dev.migrate.schema.MetaDataProvider,"
                + " or have exactly one public static MetaData field or no-argument method, but it has 2 (FIRST, second)."
                + " Name one as " + PKG + "StaticSchemas$Two#member");
        assertThatThrownBy(() -> MetaDataLoader.load(PKG + "StaticSchemas$None", LOADER)).hasMessageContaining("but it has none.");
        assertThatThrownBy(() -> MetaDataLoader.load(PKG + "StaticSchemas$Two#third", LOADER)).hasMessage("Class " + PKG
                + "StaticSchemas$Two has no public static MetaData field or no-argument method named third; it has 2 (FIRST,"
                + " second): write one of those after the #, such as " + PKG + "StaticSchemas$Two#FIRST");
        assertThatThrownBy(() -> MetaDataLoader.load(PKG + "StaticSchemas$Failing", LOADER)).hasMessage("The declared schema "
                + PKG + "StaticSchemas$Failing#schema failed to build: java.lang.IllegalArgumentException: table t declares"
                + " column id twice");
    }
}
