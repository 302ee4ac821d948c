package com.creditbridge.gateway.signin;

/** The one page a filter writes itself, before any controller or template is involved. */
final class WorkspacePages {

  private WorkspacePages() {}

  static String formExpired() {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>This form has expired · CreditBridge</title>
        <link rel="stylesheet" href="/app/assets/app.css"></head>
        <body><main id="main"><h1>This form has expired</h1>
        <p role="alert">Nothing was changed. Go back, reload the page and try again.</p>
        <p><a href="/app/">Back to my accounts</a></p></main></body></html>
        """;
  }
}
