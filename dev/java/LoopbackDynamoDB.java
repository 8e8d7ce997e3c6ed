import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * DynamoDB Local bound to one address (loopback unless -Dtrellis.host says otherwise).
 * DynamoDB Local itself has no host option and listens on every interface; this builds its
 * server from the same command line, sets the host of its Jetty connectors, then starts it.
 * Run in source-file mode by dev/dynamodb-local.ts.
 */
public class LoopbackDynamoDB {
  public static void main(String[] args) throws Exception {
    String host = System.getProperty("trellis.host", "127.0.0.1");
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) serverConnector.setHost(host);
    }
    proxy.start();
    proxy.join();
  }
}
