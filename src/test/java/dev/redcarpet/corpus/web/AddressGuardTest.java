package dev.redcarpet.corpus.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTest {
    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal); // literals only: no lookup
    }

    @Test
    void addressesOfThisMachineAndItsNetworksAreNotPublic() throws UnknownHostException {
        for (String a : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.5", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fe80::1", "fd00::5", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "224.0.0.1"}) {
            assertThat(AddressGuard.isPublic(ip(a))).as(a).isFalse();
        }
        for (String a : new String[]{"8.8.8.8", "151.101.1.1", "2606:4700::1111", "::ffff:8.8.4.4"}) {
            assertThat(AddressGuard.isPublic(ip(a))).as(a).isTrue();
        }
    }

    @Test
    void theSwitchAllowsPrivateAddressesButNeverOtherSchemes() {
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://127.0.0.1:9/")))
                .isInstanceOf(FetchException.class).hasMessageContaining("non-public address (127.0.0.1)");
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create("http://[::1]/")))
                .isInstanceOf(FetchException.class).hasMessageContaining("non-public");
        new AddressGuard(true).check(URI.create("http://127.0.0.1:9/"));
        assertThatThrownBy(() -> new AddressGuard(true).check(URI.create("file:///etc/passwd")))
                .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
    }
}
