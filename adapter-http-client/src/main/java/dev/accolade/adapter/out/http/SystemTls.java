package dev.accolade.adapter.out.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The JDK's default TLS socket factory (the system's trust store), made on first use instead of when the
 * server starts: building the default TLS context reads the trust store and loads the JDK's TLS and crypto
 * classes, a tenth of a start's work, and a server that never fetches over https never needs it.
 */
final class SystemTls extends SSLSocketFactory {

    /** The one lazily made instance; the JDK's default itself is made once, on the first call that needs it. */
    static final SystemTls INSTANCE = new SystemTls();

    private SystemTls() {
    }

    /** The JDK's default factory, made by the first caller (the class is initialised once, thread-safely). */
    private static SSLSocketFactory delegate() {
        return Default.FACTORY;
    }

    private static final class Default {
        static final SSLSocketFactory FACTORY = (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate().getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate().getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return delegate().createSocket();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return delegate().createSocket(socket, host, port, autoClose);
    }

    @Override
    public Socket createSocket(Socket socket, InputStream consumed, boolean autoClose) throws IOException {
        return delegate().createSocket(socket, consumed, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return delegate().createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return delegate().createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return delegate().createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return delegate().createSocket(address, port, localAddress, localPort);
    }
}
