package id.warta.ingest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.PropertyPlaceholderHelper;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded job repository keeps what was committed when its process is killed: a reindex killed right
 * after a step must restart after that step, not before it.
 */
class JobRepositoryDurabilityTest {

    @Test
    @DisplayName("the default H2 job repository keeps its last commits when the process is killed")
    void commitsSurviveAHardKill(@TempDir Path home) throws Exception {
        String url = defaultUrl(home);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledWriter.class.getName(), url).inheritIO().start();
        assertThat(child.waitFor()).as("the writer halted itself").isEqualTo(KilledWriter.HALTED);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM STEPS")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(KilledWriter.ROWS);
        }
    }

    /** spring.datasource.url of application.properties with WARTA_HOME at {@code home} and no WARTA_DB_URL. */
    private static String defaultUrl(Path home) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = JobRepositoryDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return new PropertyPlaceholderHelper("${", "}", ":", null, true).replacePlaceholders(
                properties.getProperty("spring.datasource.url"), name -> name.equals("warta.home") ? home.toString() : null);
    }

    /** Commits a few rows, one transaction each, then dies at once as a SIGKILL would leave it. */
    static final class KilledWriter {
        static final int ROWS = 5;
        static final int HALTED = 3;

        public static void main(String[] args) throws Exception {
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            connection.createStatement().execute("CREATE TABLE STEPS (ID INT)");
            connection.setAutoCommit(false);
            for (int i = 0; i < ROWS; i++) {
                connection.createStatement().execute("INSERT INTO STEPS VALUES (" + i + ")");
                connection.commit();
            }
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
