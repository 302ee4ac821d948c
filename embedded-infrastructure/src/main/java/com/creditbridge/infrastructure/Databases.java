package com.creditbridge.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates databases on a PostgreSQL server, whichever way it runs. */
final class Databases {

  // CREATE DATABASE takes no bind parameters, so the name is checked instead.
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String DUPLICATE_DATABASE = "42P04";

  private Databases() {}

  static synchronized void create(String adminJdbcUrl, String user, String password, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain lower-case database name: " + name);
    }
    try (Connection connection = DriverManager.getConnection(adminJdbcUrl, user, password)) {
      if (exists(connection, name)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
    } catch (SQLException e) {
      // another process may have created it between the check and the CREATE
      if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
        throw new IllegalStateException("could not create database " + name, e);
      }
    }
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      return query.executeQuery().next();
    }
  }
}
