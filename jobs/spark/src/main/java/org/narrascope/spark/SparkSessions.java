package org.narrascope.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the one {@link SparkSession} of a command. Under {@code spark-submit} the cluster's master
 * and settings win; on a laptop the session is embedded ({@code local[*]} by default) and bound to
 * the loopback address, so that it runs on a machine with no network and never exposes a port.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master the master URL asked for on the command line, used only when Spark was not given
   *     one by {@code spark-submit}
   * @param verbose keep Spark's own INFO logs on the console
   */
  public static SparkSession start(String appName, String master, boolean verbose) {
    if (!verbose) {
      // Spark's INFO lines would bury the progress lines a researcher watches.
      Configurator.setRootLevel(Level.WARN);
      Configurator.setLevel("org.apache.spark", Level.ERROR);
      Configurator.setLevel("org.apache.hadoop", Level.ERROR);
      Configurator.setLevel("org.sparkproject", Level.ERROR);
      Configurator.setLevel("org.apache.parquet", Level.ERROR);
    }
    SparkConf conf = new SparkConf().setAppName(appName);
    boolean submitted = conf.contains("spark.master");
    if (!submitted) {
      conf.setMaster(master);
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.ui.showConsoleProgress", "false");
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    }
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    if (!verbose) {
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
