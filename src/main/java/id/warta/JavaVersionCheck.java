package id.warta;

/**
 * The jar's entry point (its Start-Class): checks that the running Java is new enough before any of Warta's
 * classes load, then hands over to {@link WartaApplication}. Compiled for Java 17, the oldest Java that runs Spring
 * Boot's launcher, so that `java -jar target/warta.jar` on such a Java says what to do, where the JVM would
 * otherwise print an UnsupportedClassVersionError stack trace (a machine's default `java` is often older than the
 * JDK that built the jar).
 */
public final class JavaVersionCheck {

    /** The Java release Warta's classes are compiled for. */
    static final int REQUIRED = 21;

    private JavaVersionCheck() {
    }

    public static void main(String[] args) throws Throwable {
        String problem = problem(Runtime.version().feature(), System.getProperty("java.home"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        // By name: this class is compiled for an older Java than the class it starts.
        try {
            Class.forName("id.warta.WartaApplication").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What to tell the user when this Java is too old, or null when it will do. */
    static String problem(int feature, String javaHome) {
        if (feature >= REQUIRED) {
            return null;
        }
        return "warta: needs Java " + REQUIRED + " or newer, and this is Java " + feature + " (" + javaHome + ")."
                + " Run it with a newer JDK's java, e.g. \"$JAVA_HOME/bin/java\" -jar target/warta.jar, "
                + "or put that JDK's bin folder first on the PATH.";
    }
}
