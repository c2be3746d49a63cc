package id.warta.kibana;

import com.sun.net.httpserver.HttpServer;
import id.warta.cli.WartaCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: `warta kibana import` against a local HTTP endpoint standing in for Kibana, which records what
 * it receives and answers as Kibana's saved-objects import API does.
 */
class KibanaImportCommandTest {

    /** A request as the stand-in received it. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    HttpServer kibana;
    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String answer;

    @BeforeEach
    void start() throws IOException {
        kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        kibana.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes()));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        kibana.start();
    }

    @AfterEach
    void stop() {
        kibana.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + kibana.getAddress().getPort();
    }

    record Run(int exitCode, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = WartaCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The one file part of a multipart/form-data body: its headers and its exact bytes. */
    record Part(String headers, byte[] content) {
    }

    static Part onlyPart(Received request) {
        Matcher boundary = Pattern.compile("multipart/form-data; boundary=(\\S+)").matcher(request.header("Content-Type"));
        assertThat(boundary.matches()).as("Content-Type %s", request.header("Content-Type")).isTrue();
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        String open = "--" + boundary.group(1) + "\r\n", close = "\r\n--" + boundary.group(1) + "--\r\n";
        assertThat(body).startsWith(open).endsWith(close);
        String inner = body.substring(open.length(), body.length() - close.length());
        assertThat(inner).as("one part only").doesNotContain("--" + boundary.group(1));
        int split = inner.indexOf("\r\n\r\n");
        return new Part(inner.substring(0, split), inner.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1));
    }

    static final String FIRST_IMPORT = """
            {"successCount":3,"success":true,"warnings":[],"successResults":[
             {"type":"index-pattern","id":"warta-articles","meta":{"title":"Warta articles","icon":"indexPatternApp"},"managed":false},
             {"type":"search","id":"warta-search-latest","meta":{"title":"Warta — latest articles","icon":"discoverApp"},"overwrite":true,"managed":false},
             {"type":"dashboard","id":"warta-news-archive","meta":{"title":"Warta — news archive","icon":"dashboardApp"},"managed":false}]}
            """;

    @Test
    @DisplayName("POSTs the bundled NDJSON as the multipart field 'file' to the import API with kbn-xsrf and basic auth, and reports created vs overwritten")
    void importsBundledObjects() throws IOException {
        answer = FIRST_IMPORT;
        Run run = run("kibana", "import", "--url", url() + "/", "--user", "elastic", "--password", "s3cret pässword");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/saved_objects/_import");
        assertThat(request.query()).isEqualTo("overwrite=true");
        assertThat(request.header("kbn-xsrf")).isEqualTo("true");
        assertThat(request.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("elastic:s3cret pässword".getBytes(StandardCharsets.UTF_8)));
        Part part = onlyPart(request);
        assertThat(part.headers()).contains("Content-Disposition: form-data; name=\"file\"; filename=\"warta.ndjson\"");
        assertThat(part.content()).isEqualTo(Files.readAllBytes(SavedObjectsTest.NDJSON));

        assertThat(run.out()).contains("Imported Warta's saved objects into Kibana at " + url())
                .containsPattern("created +index-pattern +warta-articles +Warta articles")
                .containsPattern("overwritten +search +warta-search-latest +Warta — latest articles")
                .containsPattern("created +dashboard +warta-news-archive +Warta — news archive")
                .contains("2 created, 1 overwritten, 0 errors.")
                .contains("Dashboard: " + url() + "/app/dashboards#/view/warta-news-archive");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("--file sends that file exactly; --space imports into the space; no credentials means no Authorization header")
    void fileAndSpace(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.ndjson"), "{\"type\":\"index-pattern\",\"id\":\"x\",\"attributes\":{\"title\":\"x\"}}\n");
        answer = """
                {"successCount":1,"success":true,"warnings":[],"successResults":[
                 {"type":"index-pattern","id":"x","meta":{"title":"x"},"overwrite":true}]}
                """;
        Run run = run("kibana", "import", "--url", url(), "--space", "newsroom", "--file", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Received request = received.getFirst();
        assertThat(request.path()).isEqualTo("/s/newsroom/api/saved_objects/_import");
        assertThat(request.header("Authorization")).isNull();
        Part part = onlyPart(request);
        assertThat(part.headers()).contains("filename=\"mine.ndjson\"");
        assertThat(part.content()).isEqualTo(Files.readAllBytes(file));
        assertThat(run.out()).contains("0 created, 1 overwritten, 0 errors.").doesNotContain("Dashboard:");
    }

    @Test
    @DisplayName("objects Kibana refuses are listed with the reason, and the exit code is 1")
    void importErrors() {
        answer = """
                {"successCount":1,"success":false,"warnings":[],
                 "successResults":[{"type":"index-pattern","id":"warta-articles","meta":{"title":"Warta articles"}}],
                 "errors":[{"id":"warta-lens-top-persons","type":"lens","title":"Top persons","meta":{"title":"Top persons","icon":"lensApp"},
                   "error":{"type":"missing_references","references":[{"type":"index-pattern","id":"gone"}]}},
                  {"id":"warta-news-archive","type":"dashboard","meta":{"title":"Warta — news archive"},
                   "error":{"type":"unknown","message":"Document has a newer version","statusCode":400}}]}
                """;
        Run run = run("kibana", "import", "--url", url(), "--user", "elastic", "--password", "x");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("error +lens +warta-lens-top-persons +Top persons: missing_references \\(index-pattern/gone\\)")
                .containsPattern("error +dashboard +warta-news-archive +Warta — news archive: unknown: Document has a newer version")
                .contains("1 created, 0 overwritten, 2 errors.")
                .doesNotContain("Dashboard:");
        assertThat(run.err()).contains("Kibana did not import 2 of the saved objects");
    }

    @Test
    @DisplayName("a 401 says the credentials were refused, in one line without a stack trace, exit code 1")
    void unauthorized() {
        status = 401;
        answer = """
                {"statusCode":401,"error":"Unauthorized","message":"[security_exception]: unable to authenticate user [elastic] for REST request [/_security/_authenticate]"}
                """;
        Run run = run("kibana", "import", "--url", url(), "--user", "elastic", "--password", "wrong");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("warta: Kibana at " + url()
                + " refused the credentials of user 'elastic' (401): check --user and --password");
        assertThat(run.out()).isEmpty();

        received.clear();
        Run anonymous = run("kibana", "import", "--url", url());
        assertThat(anonymous.err()).contains("requires a login (401): give --user and --password");
    }

    @Test
    @DisplayName("403, 404 and an unreachable Kibana each get a message that says what to do")
    void otherFailures() throws IOException {
        status = 403;
        answer = "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"Unable to bulk_create index-pattern\"}";
        assertThat(run("kibana", "import", "--url", url(), "--user", "viewer", "--password", "x").err())
                .contains("does not let user 'viewer' import saved objects (403)").contains("Unable to bulk_create index-pattern");

        status = 404;
        answer = "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"Not Found\"}";
        assertThat(run("kibana", "import", "--url", url(), "--space", "nope").err())
                .contains("no saved-objects import API at /s/nope/api/saved_objects/_import (404): check --url and --space");

        int port = kibana.getAddress().getPort();
        kibana.stop(0);
        Run refused = run("kibana", "import", "--url", "http://127.0.0.1:" + port);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot reach Kibana at http://127.0.0.1:" + port);
        kibana = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }

    @Test
    @DisplayName("a user without a password, or a URL without a scheme, is refused before any request")
    void credentialsRules() {
        Run run = run("kibana", "import", "--url", url(), "--user", "elastic");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("give both --user and --password");
        assertThat(received).isEmpty();

        Run bad = run("kibana", "import", "--url", "127.0.0.1:5601");
        assertThat(bad.err()).contains("give Kibana's URL with http:// or https://");
    }

    @Test
    @DisplayName("a URL with a user and password in it is refused before any request, pointing to --user and --password, and never echoed")
    void credentialsInUrl() {
        answer = FIRST_IMPORT;
        String authority = "127.0.0.1:" + kibana.getAddress().getPort();
        for (String url : new String[] {"http://elastic:S3cretPw@" + authority, "http://elastic:S3cret Pw@" + authority + "/",
                "http://elastic:S3cret/Pw@" + authority, "https://elastic@" + authority}) {
            Run run = run("kibana", "import", "--url", url);
            assertThat(run.exitCode()).as(url).isEqualTo(1);
            assertThat(run.err()).contains("--user", "--password", "WARTA_KIBANA_PASSWORD").doesNotContain("S3cret");
            assertThat(run.out()).doesNotContain("S3cret");
        }
        assertThat(received).isEmpty();
    }
}
