package id.warta.node;

import java.nio.file.Path;

/** How to reach a node: its URL and, on a secured node, a user, a password and the CA to trust. */
public record NodeAddress(String url, String username, String password, Path caCertificate) {

    @Override
    public String toString() {
        return "NodeAddress[url=" + url + ", username=" + username + ", password=" + (password == null ? null : "***")
                + ", caCertificate=" + caCertificate + "]";
    }
}
