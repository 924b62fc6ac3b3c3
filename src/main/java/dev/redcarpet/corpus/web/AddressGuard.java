package dev.redcarpet.corpus.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses hosts that resolve to loopback, private, link-local, carrier-grade NAT, unique-local,
 * multicast or unspecified addresses, so a feed or a redirect cannot make the bot probe the
 * machine it runs on or its network. Every address a name resolves to must be public.
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Checks scheme and host of one URL; throws FetchException saying why it is refused. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.refused("only http and https addresses are fetched, not " + (scheme.isEmpty() ? "'" + uri + "'" : scheme + ":"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw FetchException.refused("no host in " + uri);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchException.failed("cannot resolve host " + host);
        }
        if (allowPrivate) return;
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw FetchException.refused(host + " resolves to a non-public address (" + a.getHostAddress()
                        + "); fetching from loopback, private and link-local addresses is off (sources.allowPrivateAddresses)");
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) return false;               // "this network", reserved, broadcast
            if (first == 100 && second >= 64 && second <= 127) return false; // carrier-grade NAT 100.64/10
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return false; // IETF protocol assignments
            if (first == 198 && (second == 18 || second == 19)) return false;    // benchmarking
            return true;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return false; // unique local fc00::/7
            boolean mapped = true;                     // ::ffff:a.b.c.d
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
