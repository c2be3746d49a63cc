package id.warta.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.WartaException;
import id.warta.node.BasicAuthorization;
import id.warta.node.CaCertificate;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Imports saved objects into Kibana through its saved-objects API: one multipart POST of an NDJSON file
 * to {@code /api/saved_objects/_import?overwrite=true}, so that a second import updates in place.
 */
public final class SavedObjectsImporter {

    /** Warta's data view, searches, visualizations and dashboard, packaged from index-mappings/kibana/. */
    public static final String BUNDLED = "/index-mappings/kibana/warta.ndjson";
    /** The id of the dashboard in {@link #BUNDLED}. */
    public static final String DASHBOARD_ID = "warta-news-archive";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KibanaTarget target;
    private final HttpClient http;

    public SavedObjectsImporter(KibanaTarget target) {
        this.target = target;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (target.ca() != null) {
            builder.sslContext(CaCertificate.sslContext(target.ca()));
        }
        this.http = builder.build();
    }

    /** The NDJSON that ships in warta.jar. */
    public static byte[] bundled() {
        try (InputStream in = SavedObjectsImporter.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new WartaException("warta.jar carries no " + BUNDLED + ": rebuild it with ./mvnw package, or give --file");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WartaException("cannot read " + BUNDLED + " from warta.jar: " + e.getMessage(), e);
        }
    }

    /** Sends the NDJSON; Kibana wants a file name ending in .ndjson. */
    public ImportResult importObjects(String fileName, byte[] ndjson) {
        String name = fileName.endsWith(".ndjson") ? fileName : fileName + ".ndjson";
        Multipart body = Multipart.file("file", name, "application/ndjson", ndjson);
        HttpRequest.Builder request = HttpRequest.newBuilder(target.importUri())
                .timeout(REQUEST_TIMEOUT)
                .header("kbn-xsrf", "true")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        if (target.user() != null) {
            request.header("Authorization", BasicAuthorization.of(target.user(), target.password()));
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw failure(response);
        }
        try {
            return ImportResult.parse(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new WartaException("Kibana at " + target.url() + " answered the import with something that is not JSON: "
                    + abbreviate(response.body()), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new WartaException("cannot reach Kibana at " + target.url() + " (connection refused): is it running, and is --url right?", e);
        } catch (SSLException e) {
            throw new WartaException("TLS with Kibana at " + target.url() + " failed (" + e.getMessage()
                    + "): give its CA certificate (PEM) with --ca", e);
        } catch (IOException e) {
            throw new WartaException("cannot reach Kibana at " + target.url() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WartaException("interrupted while importing into Kibana", e);
        }
    }

    private WartaException failure(HttpResponse<String> response) {
        String detail = message(response.body());
        String where = "Kibana at " + target.url();
        return new WartaException(switch (response.statusCode()) {
            case 401 -> target.user() == null
                    ? where + " requires a login (401): give --user and --password (e.g. the elastic user)"
                    : where + " refused the credentials of user '" + target.user() + "' (401): check --user and --password";
            case 403 -> where + " does not let user '" + target.user() + "' import saved objects (403): use a user with"
                    + " the Saved Objects Management privilege, e.g. elastic" + detail;
            case 404 -> where + " has no saved-objects import API at " + target.importUri().getPath()
                    + " (404): check --url" + (target.space() == null ? "" : " and --space") + detail;
            default -> where + " refused the import (HTTP " + response.statusCode() + ")" + detail;
        });
    }

    /** Kibana's error body is {"statusCode":..,"error":..,"message":..}; anything else is shown shortened. */
    private static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json.hasNonNull("message")) {
                return ": " + json.get("message").asText();
            }
        } catch (IOException ignored) {
            // not JSON: show the text
        }
        return ": " + abbreviate(body);
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
