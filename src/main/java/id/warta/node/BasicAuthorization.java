package id.warta.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP Basic authorization header value for a user, as Elasticsearch and Kibana take it. */
public final class BasicAuthorization {

    private BasicAuthorization() {
    }

    /** "Basic base64(user:password)"; a missing password is an empty one. */
    public static String of(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
