package id.warta.node;

/**
 * Starts the managed node from the environment and prints its URL: what the non-root test runs as an
 * unprivileged user in a JVM of its own, with nothing but the node package on the class path.
 */
public final class NodeStarter {

    private NodeStarter() {
    }

    public static void main(String[] args) {
        LocalNode node = LocalNode.fromEnvironment();
        System.out.println("started " + node.start().url() + " pid " + node.pid().orElse(-1L));
    }
}
