package io.newsroom.ingest.pull;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells public unicast addresses from those a feed server must not redirect the service to: loopback, private
 * (RFC 1918, IPv6 unique local fc00::/7 and the old site-local fec0::/10), link-local (169.254/16 with the cloud
 * metadata address, fe80::/10), multicast, unspecified (0.0.0.0/8, ::) and shared CGNAT space (100.64/10). IPv4
 * addresses embedded in IPv6 (IPv4-compatible, 6to4 2002::/16, NAT64 64:ff9b::/96) are judged by their IPv4 part,
 * so a redirect cannot smuggle 127.0.0.1 in as an IPv6 literal.
 */
public final class PublicAddresses {

    /** Name resolution, replaceable in tests; the default asks the system resolver for every address. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private PublicAddresses() {
    }

    /**
     * Why {@code host} must not be connected to ("127.0.0.1 is a loopback address"), or empty when every address it
     * resolves to is public: one non-public address is enough to refuse, since the client may pick any of them.
     */
    public static Optional<String> refusal(String host, Resolver resolver) throws UnknownHostException {
        for (InetAddress address : resolver.resolve(host)) {
            Optional<String> kind = nonPublicKind(address);
            if (kind.isPresent()) {
                return Optional.of(address.getHostAddress() + " is " + kind.get());
            }
        }
        return Optional.empty();
    }

    /** The kind of a non-public address ("a loopback address"), or empty for a public unicast one. */
    public static Optional<String> nonPublicKind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return embeddedIpv4(v6.getAddress()).map(PublicAddresses::nonPublicKind).orElseGet(() -> ipv6Kind(v6));
        }
        return ipv4Kind((Inet4Address) address);
    }

    private static Optional<String> ipv4Kind(Inet4Address address) {
        byte[] b = address.getAddress();
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if (first == 0) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private (RFC 1918) address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (address.isMulticastAddress() || first >= 240) {
            return Optional.of("a multicast, broadcast or reserved address");
        }
        if (first == 100 && (second & 0xC0) == 64) {
            return Optional.of("a shared (CGNAT, 100.64.0.0/10) address");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Kind(Inet6Address address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if ((b[0] & 0xFE) == 0xFC || address.isSiteLocalAddress()) {
            return Optional.of("a private (unique local) address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), 6to4 (2002:ab:cd::) or NAT64 (64:ff9b::a.b.c.d) one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        byte[] v4 = null;
        if (allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            v4 = Arrays.copyOfRange(b, 2, 6);
        } else if (b[0] == 0 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        }
        if (v4 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
