package io.newsroom.ingest.pull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address policy of redirect targets, without any network: every loopback, private, link-local, multicast,
 * unspecified and CGNAT address is refused (also hidden in IPv6 forms), public addresses pass, and a host is
 * refused when any one of its addresses is not public.
 */
class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "fc00::1", "fd12:3456::1", "fec0::1", "169.254.169.254", "169.254.0.1", "fe80::1", "224.0.0.1",
            "239.255.255.250", "ff02::1", "255.255.255.255", "0.0.0.0", "0.1.2.3", "::", "100.64.0.1", "100.127.255.254",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "2002:7f00:1::", "2002:a9fe:a9fe::1",
            "64:ff9b::a9fe:a9fe"})
    void shouldRefuseEveryNonPublicAddress(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.nonPublicKind(InetAddress.getByName(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.63.255.255",
            "100.128.0.1", "169.255.0.1", "2001:4860:4860::8888", "2606:4700::1111", "2002:0808:0808::1"})
    void shouldLetPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.nonPublicKind(InetAddress.getByName(literal))).as(literal).isEmpty();
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsNotPublic() throws UnknownHostException {
        PublicAddresses.Resolver mixed = host -> new InetAddress[]{
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("169.254.169.254")};
        assertThat(PublicAddresses.refusal("feeds.example", mixed))
                .hasValueSatisfying(why -> assertThat(why).contains("169.254.169.254", "link-local"));
        PublicAddresses.Resolver public_ = host -> new InetAddress[]{InetAddress.getByName("93.184.216.34")};
        assertThat(PublicAddresses.refusal("feeds.example", public_)).isEmpty();
    }

    @Test
    void shouldResolveNamesBeforeJudgingThem() throws UnknownHostException {
        assertThat(PublicAddresses.refusal("localhost", InetAddress::getAllByName))
                .hasValueSatisfying(why -> assertThat(why).contains("loopback"));
    }
}
