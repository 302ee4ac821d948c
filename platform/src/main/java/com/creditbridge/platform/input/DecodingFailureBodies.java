package com.creditbridge.platform.input;

import com.creditbridge.contracts.ProblemTypes;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Gives a problem body to the answers the HTTP server writes by itself, before any Spring code
 * runs: 414 for a request line that is too long, 431 for headers that are too large, 400 for a
 * request that is not valid HTTP or whose URI Spring cannot parse (bad percent-encoding). Those
 * answers are the only ones that leave with an empty body and no content type; every answer of ours
 * has a problem body already.
 */
@ChannelHandler.Sharable
final class DecodingFailureBodies extends ChannelOutboundHandlerAdapter {

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request is not valid HTTP, or its URI is malformed (e.g. bad %-encoding).",
          414, "The request URI is too long.",
          431, "The request headers are too large.");

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (msg instanceof FullHttpResponse response && isBare(response)) {
      byte[] body = body(response.status().code());
      FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(body));
      response.release();
      withBody.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
      withBody.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
      withBody.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
      // the rest of a refused request (the part past the limit) may still be arriving: the
      // connection cannot carry another request, and a client that reused it would wait forever
      withBody.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ChannelPromise closing = promise.unvoid();
      closing.addListener(ChannelFutureListener.CLOSE);
      super.write(ctx, withBody, closing);
      return;
    }
    super.write(ctx, msg, promise);
  }

  private static boolean isBare(FullHttpResponse response) {
    return DETAILS.containsKey(response.status().code())
        && response.content().readableBytes() == 0
        && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
  }

  /** Fixed texts only: nothing of the refused request is echoed. */
  static byte[] body(int status) {
    String type = status == 400 ? ProblemTypes.MALFORMED : ProblemTypes.forStatus(status);
    String title =
        switch (status) {
          case 414 -> "URI too long";
          case 431 -> "Request headers too large";
          default -> "Malformed request";
        };
    String json =
        "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
            .formatted(type, title, status, DETAILS.get(status));
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
