// geokg's local Neo4j for development and integration tests: Neo4j Community embedded in this JVM with its
// Bolt connector on 127.0.0.1, started and stopped by scripts/neo4j.sh. Not for production: point geokg
// at a real installation instead (docs/neo4j.md).
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class GeokgNeo4jServer {
  public static void main(String[] args) throws InterruptedException {
    Path home = Path.of(env("GEOKG_NEO4J_HOME", ".neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "geokg-dev-password");
    long pageCacheMiB = Long.parseLong(env("GEOKG_NEO4J_PAGECACHE_MB", "64"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // A dev server: keep no transaction log beyond the last checkpoint (Neo4j keeps 2 days), and
            // checkpoint every minute or 256 MiB of log, so a benchmark does not leave gigabytes behind.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(1))
            .setConfig(GraphDatabaseSettings.check_point_interval_volume, ByteUnit.mebiBytes(256))
            .build();

    // SIGTERM (scripts/neo4j.sh stop) runs this hook: a clean shutdown flushes the store, so the next start
    // needs no recovery.
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("geokg neo4j: shutting down");
                  dbms.shutdown();
                  System.out.println("geokg neo4j: stopped");
                  stopped.countDown();
                }));

    setPassword(dbms, password);
    System.out.println("geokg neo4j: ready on bolt://127.0.0.1:" + port + " (user neo4j)");
    stopped.await();
  }

  // The built-in user starts with password 'neo4j' and must change it; set ours on every start so that a
  // changed NEO4J_PASSWORD takes effect. Neo4j refuses to "change" a password to itself: that is fine.
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("cannot be the same")) {
        System.err.println(
            "geokg neo4j: could not set the password of user neo4j ("
                + message.replace(password, "***")
                + "). Use a NEO4J_PASSWORD of at least 8 characters.");
        dbms.shutdown();
        System.exit(2);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
