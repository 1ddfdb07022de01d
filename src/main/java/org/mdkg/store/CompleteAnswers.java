package org.mdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The store's HTTP client, refusing an answer the store marks as incomplete: Virtuoso's "anytime queries" (on when
 * its {@code MaxQueryExecutionTime} is set) answer a query that ran out of time with {@code 200 OK}, the rows found
 * so far and the header {@code X-SQL-State: S1TAT} (newer versions: {@code 206 Partial Content}). Taken as the
 * store's own time limit, never as the answer.
 */
final class CompleteAnswers extends HttpClient {
    private final HttpClient client;

    CompleteAnswers(HttpClient client) {
        this.client = client;
    }

    /** An answer the store marked as cut short; a time limit for the client. */
    static final class PartialAnswer extends IOException {
        PartialAnswer(String message) {
            super(message);
        }
    }

    static boolean isPartial(int status, HttpHeaders headers) {
        return status == 206
                || headers.firstValue("X-SQL-State")
                        .map(s -> s.startsWith("S1TAT"))
                        .orElse(false);
    }

    private static <T> HttpResponse<T> checked(HttpResponse<T> response) throws PartialAnswer {
        if (isPartial(response.statusCode(), response.headers())) {
            if (response.body() instanceof InputStream in) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the answer is refused anyway
                }
            }
            throw new PartialAnswer("the store answered " + response.uri() + " with incomplete results ("
                    + response.headers().firstValue("X-SQL-Message").orElse("status " + response.statusCode())
                    + ")");
        }
        return response;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return checked(client.send(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return client.sendAsync(request, handler).thenApply(CompleteAnswers::checkedAsync);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
        return client.sendAsync(request, handler, push).thenApply(CompleteAnswers::checkedAsync);
    }

    private static <T> HttpResponse<T> checkedAsync(HttpResponse<T> response) {
        try {
            return checked(response);
        } catch (PartialAnswer e) {
            throw new CompletionException(e);
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }

    @Override
    public void close() {
        client.close();
    }
}
