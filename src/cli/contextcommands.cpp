// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl context: the docker CLI's contexts, read and written as it does. Needs no engine.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/dockercontexts.h"
#include "engine/endpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Cli;

/// docker context ls|use|create|rm|inspect, on the same store the docker CLI uses.
int cmdContext(const QStringList &args)
{
    const DockerContexts contexts;
    const QString sub = args.value(0);
    const QString usage = Tr::tr(
        "usage: berthctl context ls [--format json] [-q] | use NAME | create NAME --docker "
        "host=URL[,ca=FILE,cert=FILE,key=FILE,skip-tls-verify=true] [--description TEXT] | rm [-f] NAME… | "
        "inspect NAME…");
    Options options(usage.mid(usage.indexOf(QLatin1Char(' ')) + 1));
    options.value({"--format"})
        .flag({"-q", "--quiet"})
        .value({"--docker"})
        .value({"--description"})
        .flag({"-f", "--force"});
    if (!options.parse(args.mid(1)))
        return failWith(options.error());
    const QStringList names = options.positional();
    if (sub == QLatin1String("ls") || sub == QLatin1String("list")) {
        if (!names.isEmpty() || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
            return failWith(usage);
        const bool json = options.isSet("--format");
        const bool quiet = options.isSet("--quiet");
        const QList<DockerContexts::Context> all = contexts.list();
        if (quiet) {
            for (const auto &c : all)
                out() << c.name << "\n";
            return 0;
        }
        if (json) {
            for (const auto &c : all)
                out() << QJsonDocument(
                    QJsonObject {{QStringLiteral("Current"), c.current},
                        {QStringLiteral("Description"), c.description},
                        {QStringLiteral("DockerEndpoint"), c.host}, {QStringLiteral("Error"), QString()},
                        {QStringLiteral("Name"), c.name}})
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            return 0;
        }
        QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("DESCRIPTION"),
            QStringLiteral("DOCKER ENDPOINT"), QStringLiteral("ERROR")}};
        for (const auto &c : all)
            rows << QStringList {
                c.name + (c.current ? QStringLiteral(" *") : QString()), c.description, c.host, QString()};
        QList<int> widths(4, 0);
        for (const QStringList &row : rows)
            for (int i = 0; i < 4; ++i)
                widths[i] = qMax(widths[i], int(row[i].size()));
        for (const QStringList &row : rows) {
            QString line;
            for (int i = 0; i < 4; ++i)
                line += i < 3 ? row[i].leftJustified(widths[i] + 3) : row[i];
            out() << line << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("use") && names.size() == 1) {
        const QString error = contexts.use(names[0]);
        if (!error.isEmpty())
            return failWith(error);
        out() << names[0] << "\n";
        out().flush();
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Current context is now \"%1\"").arg(names[0])));
        return 0;
    }
    if (sub == QLatin1String("create") && names.size() == 1) {
        const QString name = names[0];
        const QString description = options.value("--description");
        const QString docker = options.value("--docker");
        QString host;
        DockerContexts::TlsFiles tls;
        bool skip = false;
        for (const QString &part : docker.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.section(QLatin1Char('='), 0, 0);
            const QString value = part.section(QLatin1Char('='), 1);
            if (key == QLatin1String("host"))
                host = value;
            else if (key == QLatin1String("ca"))
                tls.ca = value;
            else if (key == QLatin1String("cert"))
                tls.cert = value;
            else if (key == QLatin1String("key"))
                tls.key = value;
            else if (key == QLatin1String("skip-tls-verify"))
                skip = value == QLatin1String("true");
            else
                return failWith(
                    Tr::tr("unknown key '%1' in --docker: host, ca, cert, key or skip-tls-verify").arg(key));
        }
        if (host.isEmpty())
            return failWith(usage);
        // The address must be one Berth (and docker) can use; no connection is made.
        Endpoint::Tls parsedTls;
        parsedTls.enabled = !tls.ca.isEmpty() || !tls.cert.isEmpty();
        const EndpointResolver::Result parsed = EndpointResolver::parseHost(host, QStringLiteral("--docker"),
            QProcessEnvironment::systemEnvironment(), parsedTls.enabled ? &parsedTls : nullptr);
        if (parsed.error.isError())
            return failWith(parsed.error.toString());
        const QString error = contexts.create(name, host, description, tls, skip);
        if (!error.isEmpty())
            return failWith(error);
        out() << name << "\n";
        out().flush();
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Successfully created context \"%1\"").arg(name)));
        return 0;
    }
    if ((sub == QLatin1String("rm") || sub == QLatin1String("remove")) && !names.isEmpty()) {
        const bool force = options.isSet("--force");
        for (const QString &name : names) {
            const QString error = contexts.remove(name, force);
            if (!error.isEmpty())
                return failWith(error);
            out() << name << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("inspect") && !names.isEmpty()) {
        for (const QString &name : names) {
            const QByteArray json = contexts.inspect(name);
            if (json.isEmpty())
                return failWith(
                    Tr::tr("There is no context named %1 (docker context ls lists them).").arg(name));
            out() << QString::fromUtf8(json);
        }
        return 0;
    }
    return failWith(usage);
}
