package com.creditbridge.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: sends exactly the bytes a hostile client would (bad
 * percent-encoding, broken headers, huge lines) that {@code java.net.http} refuses to send.
 */
final class RawHttp {

  /** An answer: its status, its headers (lower-case names) and its body as text. */
  record Answer(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /**
   * @param target the request target exactly as sent, e.g. {@code /api/v1/accounts/%zz}
   * @param headers extra header lines, each without its line break
   */
  Answer send(String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Connection: close\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      // The body is written beside the reading: a server that refuses a huge body answers and
      // closes early, and an answer read only after writing would be lost in the reset.
      Thread writer =
          new Thread(
              () -> {
                try {
                  if (body != null) {
                    out.write(body);
                    out.flush();
                  }
                } catch (IOException refusedEarly) {
                  // the answer says why
                }
              });
      writer.start();
      byte[] answer = readUntilClosed(socket.getInputStream());
      writer.join(30_000);
      return parse(answer);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException(interrupted);
    }
  }

  /** Everything the server sent; a reset after a complete answer does not lose it. */
  private static byte[] readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[16_384];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        received.write(buffer, 0, n);
      }
    } catch (IOException reset) {
      if (received.size() == 0) {
        throw reset;
      }
    }
    return received.toByteArray();
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOfCrLf(chunked, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0];
      int length = Integer.parseInt(size.trim(), 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOfCrLf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }
}
