package id.warta.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A secured managed node: a CA and a node certificate from elasticsearch-certutil, TLS on HTTP, and a
 * file-realm user with a role limited to what Warta needs. The password is generated once and kept in
 * the node folder (readable by its owner only).
 */
final class NodeSecurity {

    /** What Warta does with its own indices and aliases, plus monitoring; nothing else. */
    static final String ROLE = """
            warta_writer:
              cluster: [ "monitor", "manage_index_templates" ]
              indices:
                - names: [ "articles*", "warta-*" ]
                  privileges: [ "all" ]
            """;

    private final NodeInstallation installation;

    NodeSecurity(NodeInstallation installation) {
        this.installation = installation;
    }

    Path caCertificate() {
        return installation.configDirectory().resolve("certs/ca/ca.crt");
    }

    Path passwordFile() {
        return installation.home().getParent().resolve("warta-user.password");
    }

    String password() {
        try {
            return Files.readString(passwordFile()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the certificates, the role and the user when they are not there yet. */
    void prepare(NodeCommands commands) {
        try {
            Path certs = installation.configDirectory().resolve("certs");
            if (!Files.isRegularFile(certs.resolve("node/node.crt"))) {
                Files.createDirectories(certs);
                commands.runTool("elasticsearch-certutil", List.of("ca", "--pem", "--silent", "--out", certs.resolve("ca.zip").toString()));
                Unzip.into(certs.resolve("ca.zip"), certs);
                commands.runTool("elasticsearch-certutil", List.of("cert", "--pem", "--silent",
                        "--ca-cert", certs.resolve("ca/ca.crt").toString(), "--ca-key", certs.resolve("ca/ca.key").toString(),
                        "--name", "node", "--dns", "localhost", "--ip", "127.0.0.1", "--out", certs.resolve("node.zip").toString()));
                Unzip.into(certs.resolve("node.zip"), certs);
            }
            Files.writeString(installation.configDirectory().resolve("roles.yml"), ROLE);
            if (!Files.isRegularFile(passwordFile())) {
                byte[] random = new byte[12];
                new SecureRandom().nextBytes(random);
                Files.writeString(passwordFile(), HexFormat.of().formatHex(random));
                Files.setPosixFilePermissions(passwordFile(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                commands.runTool("elasticsearch-users", List.of("useradd", NodeSettings.SECURED_USER,
                        "-p", password(), "-r", "warta_writer"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up security for the node: " + e.getMessage(), e);
        }
    }
}
