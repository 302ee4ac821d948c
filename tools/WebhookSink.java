import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in CRM for the README walk-through: prints every webhook it receives and answers 204.
 * Needs only a JDK: {@code java tools/WebhookSink.java 9999}.
 */
public class WebhookSink {
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9999;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          System.out.println("--- " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
          exchange.getRequestHeaders().entrySet().stream()
              .filter(h -> h.getKey().toLowerCase().startsWith("webhook-"))
              .forEach(h -> System.out.println(h.getKey().toLowerCase() + ": " + h.getValue().get(0)));
          System.out.println(body);
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    System.out.println("Webhook sink listening on http://127.0.0.1:" + port + "/hooks");
  }
}
