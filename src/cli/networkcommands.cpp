// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl network ls, inspect, create, rm, prune, connect, disconnect: as docker network does.
#include "cli/cli.h"
#include "cli/options.h"

#include "engine/containersapi.h"
#include "engine/engineerror.h"
#include "engine/enginereply.h"
#include "engine/networksapi.h"
#include "model/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Cli;

namespace {

/// -f KEY=VALUE options as the engine's filters; false (with @p error) for one without '='.
bool readFilters(const QStringList &given, QMap<QString, QStringList> *filters, QString *error)
{
    for (const QString &f : given) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = Tr::tr("bad format of filter (expected name=value): %1").arg(f);
            return false;
        }
        (*filters)[f.left(eq)].append(f.mid(eq + 1));
    }
    return true;
}

/// JSON re-indented as Go's json.Indent does (what docker network inspect prints): the engine's
/// own order and escapes kept, four spaces a level, empty objects and arrays left closed.
QByteArray goIndent(const QByteArray &src)
{
    QByteArray out;
    int depth = 0;
    bool needIndent = false, inString = false, escaped = false;
    const auto newline = [&] {
        out += '\n';
        for (int i = 0; i < depth; ++i)
            out += "    ";
    };
    for (const char c : src) {
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (needIndent) {
            needIndent = false;
            if (c == '}' || c == ']') {
                out += c;
                continue;
            }
            ++depth;
            newline();
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            needIndent = true;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

int cmdNetworkLs(EngineClient &client, const QStringList &args)
{
    Options options(
        QStringLiteral("berthctl network ls [-q] [--no-trunc] [-f|--filter KEY=VALUE]… [--format json]"));
    options.flag({"-q", "--quiet"}).flag({"--no-trunc"}).value({"-f", "--filter"}).value({"--format"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty()
        || options.value("--format", QStringLiteral("json")) != QLatin1String("json"))
        return failWith(options.usageError());
    QMap<QString, QStringList> filters;
    QString error;
    if (!readFilters(options.values("--filter"), &filters, &error))
        return failWith(error);
    EngineReply *reply = NetworksApi(&client).list(filters);
    if (!finish(reply, &error))
        return failWith(error);
    // As docker network ls: by name in natural order, whatever order the engine answered in.
    QList<QPair<NetworkInfo, QJsonObject>> networks;
    for (const QJsonValue &v : reply->json().array())
        networks.append({NetworkInfo::fromJson(v.toObject()), v.toObject()});
    std::stable_sort(networks.begin(), networks.end(),
        [](const auto &a, const auto &b) { return DisplayFormat::naturalLess(a.first.name, b.first.name); });
    const bool full = options.isSet("--no-trunc");
    if (options.isSet("--quiet")) {
        for (const auto &n : networks)
            out() << (full ? n.first.id : n.first.shortId()) << "\n";
        return 0;
    }
    if (options.isSet("--format")) {
        for (const auto &n : networks)
            out() << QJsonDocument(n.second).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    QList<QStringList> rows {{QStringLiteral("NETWORK ID"), QStringLiteral("NAME"), QStringLiteral("DRIVER"),
        QStringLiteral("SCOPE")}};
    for (const auto &n : networks)
        rows << QStringList {
            full ? n.first.id : n.first.shortId(), n.first.name, n.first.driver, n.first.scope};
    out() << DisplayFormat::table(rows);
    return 0;
}

int cmdNetworkInspect(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network inspect NETWORK…"));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().isEmpty())
        return failWith(options.usageError());
    // As the docker CLI: the engine's own bytes of each, in one array, then what was not found.
    QByteArray array = "[";
    QStringList errors;
    for (const QString &name : options.positional()) {
        EngineReply *reply = NetworksApi(&client).inspect(name);
        QString error;
        if (!finish(reply, &error)) {
            errors << error;
            continue;
        }
        if (array.size() > 1)
            array += ',';
        array += reply->body();
    }
    array += ']';
    out() << QString::fromUtf8(goIndent(array)) << "\n";
    out().flush();
    for (const QString &e : errors)
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(e));
    return errors.isEmpty() ? 0 : 1;
}

int cmdNetworkCreate(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network create [-d DRIVER] [--subnet CIDR] [--gateway IP] "
                                   "[--internal] [--attachable] [--ipv6] [--label K=V]… [-o K=V]… NAME"));
    options.value({"-d", "--driver"})
        .value({"--subnet"})
        .value({"--gateway"})
        .flag({"--internal"})
        .flag({"--attachable"})
        .flag({"--ipv6"})
        .value({"--label"})
        .value({"-o", "--opt"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    NetworkCreateOptions create;
    create.name = options.positional().first();
    create.driver = options.value("--driver");
    create.subnet = options.value("--subnet");
    create.gateway = options.value("--gateway");
    create.internal = options.isSet("--internal");
    create.attachable = options.isSet("--attachable");
    create.ipv6 = options.isSet("--ipv6");
    if (!create.gateway.isEmpty() && create.subnet.isEmpty())
        return failWith(Tr::tr("every ip-range or gateway must have a corresponding subnet"));
    for (const QString &l : options.values("--label")) {
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        create.labels.insert(eq < 0 ? l : l.left(eq), eq < 0 ? QString() : l.mid(eq + 1));
    }
    for (const QString &o : options.values("--opt")) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        create.driverOptions.insert(eq < 0 ? o : o.left(eq), eq < 0 ? QString() : o.mid(eq + 1));
    }
    EngineReply *reply = NetworksApi(&client).create(create);
    QString error;
    if (!finish(reply, &error))
        return failWith(error);
    const QJsonObject answer = reply->json().object();
    const QString warning = answer.value(QLatin1String("Warning")).toString();
    if (!warning.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    out() << answer.value(QLatin1String("Id")).toString() << "\n";
    return 0;
}

int cmdNetworkRm(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network rm [-f] NETWORK…"));
    options.flag({"-f", "--force"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().isEmpty())
        return failWith(options.usageError());
    const NetworksApi api(&client);
    int status = 0;
    for (const QString &name : options.positional()) {
        EngineReply *reply = api.remove(name);
        reply->waitForFinished(120000);
        reply->deleteLater();
        if (!reply->isFinished())
            return failWith(Tr::tr("The engine did not answer in time."));
        const EngineError error = reply->error();
        if (!error.isError() || (error.kind() == EngineError::NotFound && options.isSet("--force"))) {
            out() << name << "\n";
            continue;
        }
        QString message = error.toString();
        if (error.kind() != EngineError::NotFound && error.kind() != EngineError::ConnectionFailed) {
            // Docker 20.10 does not say who uses it, and Podman says to force them away.
            ContainerListOptions attached;
            attached.all = true;
            attached.filters.insert(QStringLiteral("network"), {name});
            EngineReply *users = ContainersApi(&client).list(attached);
            QString ignored;
            if (finish(users, &ignored)) {
                const QStringList blocking = api.blockingUsers(ContainersApi::parseList(users->body()));
                if (!blocking.isEmpty())
                    message = NetworksApi::inUseMessage(name, blocking);
            }
        }
        out().flush();
        std::fprintf(stderr, "berthctl: %s\n", qPrintable(message));
        status = 1;
    }
    return status;
}

int cmdNetworkPrune(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network prune [-f] [--filter label=KEY[=VALUE]]…"));
    options.flag({"-f", "--force"}).value({"--filter"});
    if (!options.parse(args))
        return failWith(options.error());
    if (!options.positional().isEmpty())
        return failWith(options.usageError());
    QMap<QString, QStringList> filters;
    QString error;
    if (!readFilters(options.values("--filter"), &filters, &error))
        return failWith(error);
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        // The listing that says what goes takes the same filter; until and label! it has not.
        if (it.key() != QLatin1String("label"))
            return failWith(
                Tr::tr("network prune takes --filter label=KEY[=VALUE] only, not '%1'").arg(it.key()));
    }
    const NetworksApi api(&client);
    EngineReply *networks = api.list(filters);
    if (!finish(networks, &error))
        return failWith(error);
    ContainerListOptions all;
    all.all = true;
    EngineReply *containers = ContainersApi(&client).list(all);
    if (!finish(containers, &error))
        return failWith(error);
    const QStringList going = api.prunable(
        NetworksApi::parseList(networks->body()), ContainersApi::parseList(containers->body()));
    if (going.isEmpty())
        return 0;
    if (!options.isSet("--force")) {
        out() << Tr::tr("WARNING! These networks, which no container uses, will be removed:") << "\n";
        for (const QString &name : going)
            out() << "  " << name << "\n";
        out() << Tr::tr("Are you sure you want to continue? [y/N] ");
        out().flush();
        char answer[16] = {};
        const ssize_t n = ::read(STDIN_FILENO, answer, sizeof answer - 1);
        if (n <= 0 || (answer[0] != 'y' && answer[0] != 'Y'))
            return 0;
    }
    EngineReply *reply = api.prune(filters);
    if (!finish(reply, &error))
        return failWith(error);
    const QStringList deleted = NetworksApi::parsePruned(reply->body());
    QString output;
    if (!deleted.isEmpty())
        output = QStringLiteral("Deleted Networks:\n") + deleted.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out() << output << "\n";
    return 0;
}

int cmdNetworkConnect(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network connect [--alias ALIAS]… NETWORK CONTAINER"));
    options.value({"--alias"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 2)
        return failWith(options.usageError());
    QString error;
    if (!finish(NetworksApi(&client).connect(
                    options.positional().at(0), options.positional().at(1), options.values("--alias")),
            &error))
        return failWith(error);
    return 0;
}

int cmdNetworkDisconnect(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl network disconnect [-f] NETWORK CONTAINER"));
    options.flag({"-f", "--force"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 2)
        return failWith(options.usageError());
    QString error;
    if (!finish(NetworksApi(&client).disconnect(
                    options.positional().at(0), options.positional().at(1), options.isSet("--force")),
            &error))
        return failWith(error);
    return 0;
}

} // namespace

int cmdNetwork(EngineClient &client, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("ls") || sub == QLatin1String("list"))
        return cmdNetworkLs(client, rest);
    if (sub == QLatin1String("inspect"))
        return cmdNetworkInspect(client, rest);
    if (sub == QLatin1String("create"))
        return cmdNetworkCreate(client, rest);
    if (sub == QLatin1String("rm") || sub == QLatin1String("remove"))
        return cmdNetworkRm(client, rest);
    if (sub == QLatin1String("prune"))
        return cmdNetworkPrune(client, rest);
    if (sub == QLatin1String("connect"))
        return cmdNetworkConnect(client, rest);
    if (sub == QLatin1String("disconnect"))
        return cmdNetworkDisconnect(client, rest);
    return failWith(Tr::tr("network: unknown subcommand '%1'. Try: berthctl network ls").arg(sub));
}
