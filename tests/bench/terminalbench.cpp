// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal as the user meets it: `cat` of a 10 MB text file inside a container, shown by the
// app's TerminalItem in a window under Xvfb, next to `docker exec … cat` to /dev/null,
// `berthctl exec` and the exec's TTY stream read with no terminal at all, in the same run; and
// the longest the GUI thread went without running a 5 ms heartbeat meanwhile (target: under
// 50 ms). As a peer, Debian's xterm showing the same `cat` through `docker exec -t` on the same
// display, start to exit.
// Usage: berth_bench_terminal --host unix:///path/docker.sock --image IMAGE --berthctl PATH [--runs N]
#include "app/containers/terminalitem.h"
#include "app/rendering.h"
#include "benchsupport.h"
#include "engine/containersapi.h"
#include "engine/endpoint.h"
#include "engine/engineclient.h"
#include "engine/enginereply.h"
#include "sync/execsession.h"
#include "terminal/terminalsession.h"
#include "util/allocator.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace BenchSupport;

int main(int argc, char *argv[])
{
    Allocator::tuneForStreaming(); // before any buffer is made (util/allocator.h)
    Rendering::choose(); // as the app does (app/rendering.h)
    QGuiApplication app(argc, argv);
    const QString host = option(QStringLiteral("--host"));
    const QString image = option(QStringLiteral("--image"), QStringLiteral("berth-test/busybox:latest"));
    const QString berthctl = option(QStringLiteral("--berthctl"));
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    EngineClient client(EndpointResolver::parseHost(host, QStringLiteral("bench")).endpoint);
    if (!client.waitForConnected()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(client.lastError().toString()));
        return 1;
    }
    ContainersApi api(&client);
    // A running container with 10 MB of base64 lines (76 characters each) in /big.
    const QJsonObject cfg {{QStringLiteral("Image"), image},
        {QStringLiteral("Cmd"),
            QJsonArray {QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral(
                    "head -c 7600000 /dev/urandom | base64 > /big && touch /big.done; exec sleep 100000")}},
        {QStringLiteral("HostConfig"),
            QJsonObject {{QStringLiteral("NetworkMode"), QStringLiteral("none")}}}};
    const QString id = finish(api.create(cfg))->json().object().value(QLatin1String("Id")).toString();
    finish(api.start(id));
    processSeconds(QStringLiteral("docker"),
        {QStringLiteral("-H"), host, QStringLiteral("exec"), id, QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("while [ ! -e /big.done ]; do sleep 0.1; done")});

    QQuickWindow window;
    window.resize(1000, 700);
    auto *terminal = new TerminalItem(window.contentItem());
    terminal->setSize(QSizeF(1000, 700));
    window.show();

    QList<double> docker, dockerTty, rawTty, ours, cli, blocked, xterm;
    const bool withXterm = !QStandardPaths::findExecutable(QStringLiteral("xterm")).isEmpty();
    for (int run = 0; run < runs; ++run) {
        docker << processSeconds(QStringLiteral("docker"),
            {QStringLiteral("-H"), host, QStringLiteral("exec"), id, QStringLiteral("cat"),
                QStringLiteral("/big")});
        // The same through a TTY, as a terminal gets it: the container's pty is part of the cost.
        dockerTty << processSeconds(QStringLiteral("docker"),
            {QStringLiteral("-H"), host, QStringLiteral("exec"), QStringLiteral("-t"), id,
                QStringLiteral("cat"), QStringLiteral("/big")});
        // The engine's TTY stream alone: Berth's exec client with a TTY, the bytes counted and
        // dropped (no terminal, no process to start): what any terminal has to wait for.
        {
            ExecConfig config;
            config.cmd = {QStringLiteral("cat"), QStringLiteral("/big")};
            config.tty = true;
            ExecSession raw(&client, id);
            raw.setExec(config);
            qint64 bytes = 0;
            QObject::connect(
                &raw, &ExecSession::dataReceived, [&](const QByteArray &b) { bytes += b.size(); });
            QElapsedTimer clock;
            clock.start();
            raw.start();
            spinUntil([&] { return raw.isFinished(); }, 600000);
            rawTty << clock.nsecsElapsed() / 1e9;
            if (bytes < 10000000)
                std::fprintf(
                    stderr, "bench: the raw TTY read took %lld bytes only\n", static_cast<long long>(bytes));
        }
        if (!berthctl.isEmpty())
            cli << processSeconds(berthctl,
                {QStringLiteral("--host"), host, QStringLiteral("exec"), id, QStringLiteral("cat"),
                    QStringLiteral("/big")});

        if (withXterm)
            xterm << processSeconds(QStringLiteral("xterm"),
                {QStringLiteral("-geometry"), QStringLiteral("120x40"), QStringLiteral("-e"),
                    QStringLiteral("docker"), QStringLiteral("-H"), host, QStringLiteral("exec"),
                    QStringLiteral("-t"), id, QStringLiteral("cat"), QStringLiteral("/big")});

        TerminalSession session(&client, id, QStringLiteral("bench"));
        session.setCommand({QStringLiteral("cat"), QStringLiteral("/big")});
        if (option(QStringLiteral("--headless")).isEmpty())
            terminal->setSession(&session);
        // The heartbeat: how late each 5 ms tick comes is how long the GUI thread was busy.
        QElapsedTimer beat;
        double worst = 0;
        QTimer heart;
        heart.setInterval(5);
        QObject::connect(&heart, &QTimer::timeout, [&] {
            worst = qMax(worst, beat.nsecsElapsed() / 1e6 - 5);
            beat.restart();
        });
        QElapsedTimer t;
        t.start();
        beat.start();
        heart.start();
        session.start();
        spinUntil(
            [&] {
                return session.state() == TerminalSession::Ended
                    || session.state() == TerminalSession::Failed;
            },
            600000);
        ours << t.nsecsElapsed() / 1e9;
        heart.stop();
        blocked << worst;
        if (session.state() != TerminalSession::Ended || session.exitCode() != 0)
            std::fprintf(stderr, "bench: the terminal's cat did not end well: state %d, exit %d, %s\n",
                int(session.state()), session.exitCode(), qPrintable(session.errorString()));
        if (session.exitCode() != 0)
            std::fprintf(
                stderr, "bench: its screen ends with: %s\n", qPrintable(terminal->screenText().right(300)));
        terminal->setSession(nullptr);
    }
    finish(api.remove(id, {true, false}));
    std::printf("cat of 10 MB in the terminal (median of %d, %s rendering):\n", runs,
        qPrintable(Rendering::chosenName()));
    std::printf("  docker exec cat > /dev/null:   %.2f s\n", median(docker));
    std::printf(
        "  docker exec -t cat > /dev/null: %.2f s (through the container's TTY, as a terminal gets it)\n",
        median(dockerTty));
    std::printf(
        "  the exec's TTY stream, read and dropped (Berth's exec client, no terminal): %.2f s  ratio %.2f\n",
        median(rawTty), median(rawTty) / median(docker));
    if (!cli.isEmpty())
        std::printf("  berthctl exec cat > /dev/null: %.2f s\n", median(cli));
    std::printf("  Berth's terminal, shown:       %.2f s  ratio %.2f (target <= 2); %.2f to docker exec -t\n",
        median(ours), median(ours) / median(docker), median(ours) / median(dockerTty));
    if (withXterm)
        std::printf("  xterm, docker exec -t cat, shown (start to exit): %.2f s  ratio %.2f\n", median(xterm),
            median(xterm) / median(docker));
    else
        std::printf("  xterm: not installed (apt-get install xterm), not measured\n");
    std::printf("  GUI thread busy at most:       %.0f ms (target < 50)\n",
        *std::max_element(blocked.begin(), blocked.end()));
    return 0;
}
