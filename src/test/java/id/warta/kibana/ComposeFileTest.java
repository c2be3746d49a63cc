package id.warta.kibana;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: the rules docker-compose.yml keeps, checked on its YAML without Docker: health checks or
 * one-shot, ports on 127.0.0.1 only, named volumes, secrets only from .env, builds that find their files.
 * {@link DockerComposeConfigTest} adds docker-compose's own validation where the binary exists.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    static final Path ENV_EXAMPLE = ROOT.resolve(".env.example");
    /** ${VAR}, ${VAR:-default}, ${VAR:?error}; $$ is an escaped dollar for the container's shell. */
    static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?}");
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|ENCRYPTIONKEY|ENCRYPTION_KEY|API_KEY).*");

    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;
    static String composeText;
    static Map<String, String> envExample;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        composeText = Files.readString(COMPOSE);
        compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(composeText);
        services = (Map<String, Map<String, Object>>) compose.get("services");
        envExample = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).as(".env.example line").matches("[A-Z_][A-Z0-9_]*=.*");
                envExample.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Map<String, Object> map, String key) {
        return (T) map.get(key);
    }

    static boolean oneShot(Map<String, Object> service) {
        return "no".equals(service.get("restart"));
    }

    static String elasticsearchVersion() throws IOException {
        Matcher m = Pattern.compile("<elasticsearch.version>([^<]+)</elasticsearch.version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("the stack: Elasticsearch, Kibana, PostgreSQL and Warta, plus the one-shot certs, setup and kibana-import")
    void services() {
        assertThat(compose).doesNotContainKey("version").doesNotContainKey("name");
        assertThat(services).containsOnlyKeys("certs", "elasticsearch", "setup", "kibana", "kibana-import", "postgres", "warta");
    }

    @Test
    @DisplayName("every service is either long-running with a health check and a restart policy, or one-shot (restart: \"no\") without ports")
    void healthChecksOrOneShot() {
        services.forEach((name, service) -> {
            if (oneShot(service)) {
                assertThat(service).as(name).doesNotContainKey("ports");
            } else {
                assertThat(service.get("restart")).as(name + " restart").isEqualTo("unless-stopped");
                Map<String, Object> health = get(service, "healthcheck");
                assertThat(health).as(name + " healthcheck").isNotNull();
                List<String> test = get(health, "test");
                assertThat(test).as(name + " healthcheck test").hasSizeGreaterThanOrEqualTo(2);
                assertThat(test.getFirst()).isIn("CMD", "CMD-SHELL");
                assertThat(health.get("retries")).as(name + " retries").isNotNull();
            }
        });
        assertThat(services).allSatisfy((name, s) -> assertThat(name.equals("certs") || name.equals("setup")
                || name.equals("kibana-import") || !oneShot(s)).as(name + " one-shot?").isTrue());
    }

    @Test
    @DisplayName("depends_on waits for health of long-running services and for successful completion of one-shots")
    void dependencies() {
        services.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn = get(service, "depends_on");
            if (dependsOn == null) {
                return;
            }
            dependsOn.forEach((target, condition) -> {
                assertThat(services).as(name + " depends on " + target).containsKey(target);
                String expected = oneShot(services.get(target)) ? "service_completed_successfully" : "service_healthy";
                assertThat(condition.get("condition")).as(name + " -> " + target).isEqualTo(expected);
            });
        });
        assertThat(get(get(services.get("kibana-import"), "depends_on"), "kibana").toString()).contains("service_healthy");
        assertThat(services.get("kibana-import").get("command").toString()).isEqualTo("[kibana, import, --url, http://kibana:5601]");
        assertThat(services.get("warta").get("command")).isEqualTo(List.of("serve"));
    }

    @Test
    @DisplayName("published ports are bound to 127.0.0.1; PostgreSQL publishes none")
    void loopbackPorts() {
        Pattern loopback = Pattern.compile("127\\.0\\.0\\.1:(\\d+|\\$\\{[A-Z_]+:-\\d+}):\\d+");
        services.forEach((name, service) -> {
            List<Object> ports = get(service, "ports");
            if (ports != null) {
                assertThat(ports).as(name + " ports").allSatisfy(p -> assertThat(p).isInstanceOf(String.class)
                        .asString().matches(loopback));
            }
        });
        assertThat(services.get("postgres")).doesNotContainKey("ports");
        assertThat(services.get("kibana").get("ports").toString()).contains(":5601");
        assertThat(services.get("elasticsearch").get("ports").toString()).contains(":9200");
        assertThat(services.get("warta").get("ports").toString()).contains(":8080");
    }

    @Test
    @DisplayName("volumes are named and declared (no bind mounts), and every declared volume is used")
    void namedVolumes() {
        Map<String, Object> declared = get(compose, "volumes");
        assertThat(declared).isNotEmpty();
        Set<String> used = new TreeSet<>();
        services.forEach((name, service) -> {
            List<Object> volumes = get(service, "volumes");
            if (volumes != null) {
                for (Object volume : volumes) {
                    assertThat(volume).as(name).isInstanceOf(String.class);
                    String source = ((String) volume).split(":")[0];
                    assertThat(source).as(name + " mounts " + volume).matches("[a-z][a-z0-9_-]*");
                    assertThat(declared).as(name + " mounts " + volume).containsKey(source);
                    used.add(source);
                }
            }
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(declared.keySet());
        assertThat(services.get("elasticsearch").get("volumes").toString()).contains("esdata:/usr/share/elasticsearch/data");
        assertThat(services.get("postgres").get("volumes").toString()).contains("pgdata:/var/lib/postgresql/data");
        assertThat(services.get("kibana").get("volumes").toString()).contains("kibanadata:/usr/share/kibana/data");
    }

    @Test
    @DisplayName("every ${VAR} is declared in .env.example; secrets come only from there, required, and ship empty")
    void secretsFromEnv() {
        Matcher m = INTERPOLATION.matcher(composeText);
        Set<String> referenced = new TreeSet<>();
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertThat(envExample.keySet()).containsAll(referenced);
        assertThat(referenced).contains("ELASTIC_PASSWORD", "KIBANA_PASSWORD", "KIBANA_ENCRYPTION_KEY", "WARTA_ES_PASSWORD", "POSTGRES_PASSWORD");

        envExample.forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).matches()) {
                assertThat(value).as(".env.example ships no value for the secret " + name).isEmpty();
                assertThat(composeText).as("compose requires " + name).contains("${" + name + ":?");
            }
        });
        services.forEach((name, service) -> {
            Map<String, Object> environment = get(service, "environment");
            if (environment == null) {
                return;
            }
            assertThat(environment).as(name + " environment is a map").isInstanceOf(Map.class);
            environment.forEach((key, value) -> {
                if (SECRET_NAME.matcher(key.replace(".", "").toUpperCase()).matches()) {
                    assertThat(String.valueOf(value)).as(name + " " + key + " comes from .env")
                            .matches("\\$\\{[A-Z_]+(:\\?[^}]*)?}");
                }
            });
        });
        assertThat(composeText).doesNotContainPattern("(?i)(password|changeme)\\s*[:=]\\s*[\"']?[a-z0-9]{6,}");
    }

    @Test
    @DisplayName(".env is ignored by git; .env.example is the committed template")
    void envIgnored() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains(".env");
        assertThat(ENV_EXAMPLE).exists();
    }

    @Test
    @DisplayName("Elasticsearch runs secured: TLS on HTTP and transport, the elastic password from .env")
    void securityOn() {
        Map<String, Object> env = get(services.get("elasticsearch"), "environment");
        assertThat(env).containsEntry("xpack.security.enabled", "true")
                .containsEntry("xpack.security.http.ssl.enabled", "true")
                .containsEntry("xpack.security.transport.ssl.enabled", "true");
        assertThat(services.get("certs").get("command").toString()).contains("elasticsearch-certutil ca").contains("elasticsearch-certutil cert");
        assertThat(services.get("setup").get("command").toString()).contains("/_security/user/kibana_system/_password")
                .contains("/_security/user/warta");
        Map<String, Object> kibana = get(services.get("kibana"), "environment");
        assertThat(kibana).containsEntry("ELASTICSEARCH_USERNAME", "kibana_system")
                .containsEntry("ELASTICSEARCH_HOSTS", "https://elasticsearch:9200");
        Map<String, Object> warta = get(services.get("warta"), "environment");
        assertThat(warta).containsEntry("WARTA_ES_URL", "https://elasticsearch:9200").containsEntry("WARTA_ES_USER", "warta")
                .containsKeys("WARTA_ES_CA", "WARTA_ES_PASSWORD", "WARTA_DB_URL", "WARTA_DB_USER", "WARTA_DB_PASSWORD");
        assertThat(warta.get("WARTA_DB_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/");
    }

    @Test
    @DisplayName("builds: contexts and Dockerfiles exist, they copy what ./mvnw package writes, and .dockerignore lets exactly that through")
    void builds() throws IOException {
        List<String> copied = new ArrayList<>();
        services.forEach((name, service) -> {
            Map<String, Object> build = get(service, "build");
            if (build == null) {
                return;
            }
            Path context = ROOT.resolve(build.get("context").toString()).normalize();
            assertThat(context).as(name + " context").isDirectory();
            Path dockerfile = context.resolve(build.get("dockerfile").toString());
            assertThat(dockerfile).as(name + " Dockerfile").isRegularFile();
            assertThat(service.get("image")).as(name + " names its image").isNotNull();
            try {
                Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+$").matcher(Files.readString(dockerfile));
                while (copy.find()) {
                    copied.add(copy.group(1));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(copied).containsOnly("target/warta.jar", "target/warta-analysis-plugin.zip")
                .contains("target/warta.jar", "target/warta-analysis-plugin.zip");
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertThat(pom).contains("<finalName>warta</finalName>").contains("<finalName>warta-analysis-plugin</finalName>");
        List<String> ignore = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(ignore).containsExactly("*", "!target/warta.jar", "!target/warta-analysis-plugin.zip");
        assertThat(Files.readString(ROOT.resolve("docker/elasticsearch/Dockerfile")))
                .contains("elasticsearch-plugin install --batch file:///tmp/warta-analysis-plugin.zip");
        assertThat(Files.readString(ROOT.resolve("docker/warta/Dockerfile"))).containsPattern("(?m)^FROM eclipse-temurin:(21|25)-jre")
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/warta/warta.jar\"]");
    }

    @Test
    @DisplayName("every Elastic image is the pom's elasticsearch.version, the one the plugin and the client are built for")
    void elasticVersions() throws IOException {
        String version = elasticsearchVersion();
        Matcher images = Pattern.compile("docker\\.elastic\\.co/\\S+?:(\\S+)").matcher(
                composeText + Files.readString(ROOT.resolve("docker/elasticsearch/Dockerfile")));
        int count = 0;
        while (images.find()) {
            assertThat(images.group(1)).as(images.group()).isEqualTo(version);
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
        assertThat(composeText).contains("docker.elastic.co/kibana/kibana:" + version);
    }

    @Test
    @DisplayName("the README explains the stack: build first, copy .env.example, start, log in, and each secret of .env")
    void readme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("## Running the stack with Docker Compose", "./mvnw -B package -DskipTests",
                "cp .env.example .env", "docker compose up -d", "http://127.0.0.1:5601", "`elastic`", "Warta — news archive");
        envExample.keySet().stream().filter(k -> SECRET_NAME.matcher(k).matches())
                .forEach(secret -> assertThat(readme).as("README explains " + secret).contains("`" + secret + "`"));
    }
}
