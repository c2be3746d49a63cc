package id.warta.api;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Errors that Tomcat answers itself, before a request reaches Warta (a space or a control character left
 * raw in a URL, a path with a broken escape), are RFC 9457 problems like every other error of the API,
 * instead of Tomcat's HTML page; an encoded slash in a path is passed on, not refused. Tomcat's error report valve
 * on the host is replaced by {@link ProblemValve} as the web application starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContainerProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // An id with an encoded slash (/api/articles/a%2Fb) reaches the controller as one path segment and is
        // answered like any unknown id (404: no article has the id 'a/b'); Tomcat's default refused it as unreadable.
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling(
                EncodedSolidusHandling.PASS_THROUGH.getValue()));
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemValve)) {
                        host.getPipeline().removeValve(valve);
                        host.getPipeline().addValve(new ProblemValve());
                    }
                }
            }
        }));
    }

    /** Writes a problem+json body for an error status that nothing has answered yet, as Tomcat's valve writes HTML. */
    public static final class ProblemValve extends ErrorReportValve {

        static final String BAD_REQUEST_DETAIL = "the request could not be read: percent-encode what a URL cannot hold "
                + "as it is (a space as %20, a percent sign as %25) and send the rest as UTF-8";

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status == 400 ? BAD_REQUEST_DETAIL : title.toLowerCase(java.util.Locale.ROOT);
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"urn:warta:problem:" + (status == 400 ? "unreadable-request" : "http-" + status)
                            + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response was taken over: nothing more to tell the client
            }
        }
    }
}
