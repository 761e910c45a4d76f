// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Berth
import Berth.Backend

/// A container row's ports column, from the ports the engine lists: a published TCP port is a
/// link to it in the browser, other ports are only named, and a port docker lists once for IPv4
/// and once for IPv6 is shown once. (The integration tests' containers have no network, so no
/// real container publishes a port.)
Item {
    id: top
    width: 1200
    height: 200

    Component {
        id: row
        ContainerDelegate {
            width: 1200
            index: 0
            containerId: "0123456789ab"
            name: "web"
            image: "nginx"
            state: "running"
            localStatus: "Up 5 minutes"
            running: true
            composeProject: ""
            mounts: []
            labels: ({})
            health: ""
            cpuPercent: -1
            memoryUsed: -1
            ports: ""
            portList: []
        }
    }

    TestCase {
        name: "ContainerDelegate"
        when: windowShown

        function portsOf(list) {
            const item = createTemporaryObject(row, top, { portList: list })
            verify(item !== null)
            const label = findChild(item, "ports-web")
            verify(label !== null, "no ports column")
            verify(label.visible, "the ports column is hidden in a wide row")
            compare(findChild(item, "image-web").text, "nginx")
            return label.text
        }

        function test_ports_data() {
            return [
                { tag: "nothing", list: [], shown: "" },
                { tag: "published on every address, IPv4 and IPv6",
                  list: [{ ip: "0.0.0.0", privatePort: 80, publicPort: 8080, type: "tcp" },
                         { ip: "::", privatePort: 80, publicPort: 8080, type: "tcp" }],
                  shown: "<a href=\"http://localhost:8080/\">8080→80</a>" },
                { tag: "on one address",
                  list: [{ ip: "127.0.0.1", privatePort: 5432, publicPort: 15432, type: "tcp" }],
                  shown: "<a href=\"http://127.0.0.1:15432/\">15432→5432</a>" },
                { tag: "on an IPv6 address",
                  list: [{ ip: "::1", privatePort: 80, publicPort: 8081, type: "tcp" }],
                  shown: "<a href=\"http://[::1]:8081/\">8081→80</a>" },
                { tag: "udp and exposed only",
                  list: [{ ip: "0.0.0.0", privatePort: 53, publicPort: 1053, type: "udp" },
                         { ip: "", privatePort: 9000, publicPort: 0, type: "tcp" }],
                  shown: "1053→53/udp, 9000/tcp" },
            ]
        }
        function test_ports(data) {
            compare(portsOf(data.list), data.shown)
        }

        function test_narrowRowNamesThemInTheImageLine() {
            const item = createTemporaryObject(row, top, {
                width: 800, ports: "0.0.0.0:8080->80/tcp",
                portList: [{ ip: "0.0.0.0", privatePort: 80, publicPort: 8080, type: "tcp" }] })
            verify(!findChild(item, "ports-web").visible)
            compare(findChild(item, "image-web").text, "nginx  ·  0.0.0.0:8080->80/tcp")
        }

        function test_health_data() {
            return [
                { tag: "no check", health: "", shown: false, word: "" },
                { tag: "healthy", health: "healthy", shown: true, word: "healthy" },
                { tag: "unhealthy", health: "unhealthy", shown: true, word: "unhealthy" },
                { tag: "starting", health: "starting", shown: true, word: "health: starting" },
            ]
        }
        function test_health(data) {
            const item = createTemporaryObject(row, top, { health: data.health })
            const badge = findChild(item, "health-web")
            verify(badge !== null)
            compare(badge.visible, data.shown)
            if (data.shown)
                compare(findChild(item, "healthText-web").text, data.word)
        }
    }
}
