package id.warta.kibana;

import id.warta.WartaException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where saved objects go: Kibana's base URL, an optional space, basic-auth credentials and the CA
 * certificate (PEM) of a Kibana served over TLS with a private CA.
 */
public record KibanaTarget(String url, String space, String user, String password, Path ca) {

    public KibanaTarget {
        if (url == null || !url.matches("(?i)https?://.+")) {
            throw new WartaException("give Kibana's URL with http:// or https://, e.g. --url http://127.0.0.1:5601");
        }
        if (url.contains("@")) {
            // Not echoed: it may hold a password (one with a '/' even splits the host), and the JDK's HTTP client
            // would not send it anyway.
            throw new WartaException("give Kibana's URL without a user or password in it, e.g. --url http://127.0.0.1:5601, "
                    + "and the login with --user and --password (or WARTA_KIBANA_USER and WARTA_KIBANA_PASSWORD, which keep "
                    + "the password out of the process list)");
        }
        url = url.replaceAll("/+$", "");
        if ((user == null) != (password == null)) {
            throw new WartaException("give both --user and --password (or WARTA_KIBANA_USER and WARTA_KIBANA_PASSWORD), or neither");
        }
    }

    /** The base of Kibana's HTTP API, inside the space when one is named. */
    String apiBase() {
        return space == null || space.isBlank() || space.equals("default")
                ? url : url + "/s/" + URLEncoder.encode(space, StandardCharsets.UTF_8);
    }

    /** POST target of the saved-objects import: existing objects with the same ids are overwritten. */
    URI importUri() {
        return URI.create(apiBase() + "/api/saved_objects/_import?overwrite=true");
    }

    /** Where a user opens a dashboard. */
    public String dashboardUrl(String id) {
        return apiBase() + "/app/dashboards#/view/" + id;
    }
}
