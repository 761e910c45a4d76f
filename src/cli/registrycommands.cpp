// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl login, logout, push and pull: registries, with the docker CLI's credentials.
#include "cli/cli.h"
#include "cli/options.h"

#include "jobs/pulljob.h"
#include "jobs/pushjob.h"
#include "model/displayformat.h"
#include "model/imagereference.h"
#include "registry/dockercredentials.h"
#include "registry/registrylogin.h"
#include "registry/registrymessages.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Cli;

namespace {
/// One line from the terminal, without echo when @p secret (as docker login prompts).
QString prompt(const char *label, bool secret)
{
    std::fprintf(stderr, "%s", label);
    std::fflush(stderr);
    termios saved {};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024];
    const char *got = std::fgets(buffer, sizeof buffer, stdin);
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return got ? QString::fromLocal8Bit(got).trimmed() : QString();
}

QString progressOf(const Job &job)
{
    return job.total() > 0
        ? Tr::tr("%1 of %2").arg(DisplayFormat::humanSize(job.done()), DisplayFormat::humanSize(job.total()))
        : job.detail();
}
} // namespace

int cmdLogin(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]"));
    options.value({"-u", "--username"}).value({"-p", "--password"}).flag({"--password-stdin"});
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() > 1)
        return failWith(options.usageError());
    const bool fromStdin = options.isSet("--password-stdin");
    if (fromStdin && options.isSet("-p"))
        return failWith(Tr::tr("--password and --password-stdin are mutually exclusive"));
    if (fromStdin && !options.isSet("-u"))
        return failWith(Tr::tr("Must provide --username with --password-stdin"));
    if (options.isSet("-p"))
        std::fprintf(stderr, "%s\n",
            qPrintable(Tr::tr("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")));

    const QString server = DockerCredentials::serverKey(options.positional().value(0));
    DockerCredentials credentials;
    RegistryCredential credential;
    credential.server = server;
    credential.username = options.value("-u");
    credential.password = options.value("-p");
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failWith(Tr::tr("Cannot read the password from standard input."));
        QByteArray password = in.read(64 * 1024);
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        credential.password = QString::fromUtf8(password);
    }
    if (credential.username.isEmpty() && credential.password.isEmpty()) {
        // As docker: the sign-in kept for it, if any, is tried first.
        QString error;
        const RegistryCredential stored = credentials.get(server, &error);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        if (!stored.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Authenticating with existing credentials...")));
            credential = stored;
        }
    }
    const bool terminal = isatty(STDIN_FILENO);
    if (credential.isEmpty() || (credential.password.isEmpty() && credential.identityToken.isEmpty())) {
        if (!terminal)
            return failWith(Tr::tr("Cannot perform an interactive login from a non TTY device"));
        if (credential.username.isEmpty())
            credential.username = prompt("Username: ", false);
        if (credential.username.isEmpty())
            return failWith(Tr::tr("Username is required"));
        credential.password = prompt("Password: ", true);
        if (credential.password.isEmpty())
            return failWith(Tr::tr("Password is required"));
    }

    QString error, token;
    bool answered = false;
    QEventLoop loop;
    RegistryLogin::verify(&client, credential, &loop, [&](const QString &e, const QString &t) {
        error = e;
        token = t;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!error.isEmpty())
        return failWith(error);
    if (!token.isEmpty()) {
        // The registry gave a token to keep instead of the password, as docker keeps it.
        credential.identityToken = token;
        credential.password.clear();
    }
    bool plainText = false;
    const QString stored = credentials.store(credential, &plainText);
    if (!stored.isEmpty())
        return failWith(Tr::tr("Error saving credentials: %1").arg(stored));
    if (plainText)
        std::fprintf(
            stderr, "%s\n\n", qPrintable(RegistryMessages::plainTextWarning(credentials.configPath())));
    out() << "Login Succeeded\n";
    return 0;
}

int cmdLogout(const QStringList &args)
{
    Options options(QStringLiteral("berthctl logout [SERVER]"));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() > 1)
        return failWith(options.usageError());
    const QString server = DockerCredentials::serverKey(options.positional().value(0));
    bool existed = false;
    DockerCredentials credentials;
    // Whether there is anything to remove is asked first, as docker does.
    QString error;
    if (credentials.get(server, &error).isEmpty() && error.isEmpty()) {
        bool inFile = false;
        for (const KnownRegistry &k : credentials.known())
            inFile = inFile || k.server == server;
        if (!inFile) {
            out() << Tr::tr("Not logged in to %1").arg(server) << "\n";
            return 0;
        }
    }
    out() << Tr::tr("Removing login credentials for %1").arg(server) << "\n";
    out().flush();
    error = credentials.erase(server, &existed);
    if (!error.isEmpty())
        return failWith(error);
    return 0;
}

int cmdPush(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl push NAME[:TAG]"));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    const QString reference = options.positional().first();
    if (!ImageReference::parse(reference).hasTag())
        out() << "Using default tag: latest\n";
    PushJob job(&client,
        ImageReference::parse(reference).hasTag() ? reference : reference + QStringLiteral(":latest"));
    QObject::connect(&job, &PushJob::lineAdded, &job, [](const QString &line) {
        out() << line << "\n";
        out().flush();
    });
    if (!runJobCancellable(job, [&job] { return progressOf(job); }))
        return failWith(job.errorString());
    return 0;
}

int cmdPull(EngineClient &client, const QStringList &args)
{
    Options options(QStringLiteral("berthctl pull NAME[:TAG|@DIGEST]"));
    if (!options.parse(args))
        return failWith(options.error());
    if (options.positional().size() != 1)
        return failWith(options.usageError());
    QString reference = options.positional().first();
    const ImageReference parsed = ImageReference::parse(reference);
    if (!parsed.hasTag() && parsed.digest().isEmpty()) {
        out() << "Using default tag: latest\n";
        reference += QStringLiteral(":latest");
    }
    PullJob job(&client, reference);
    QObject::connect(&job, &PullJob::lineAdded, &job, [](const QString &line) {
        out() << line << "\n";
        out().flush();
    });
    if (!runJobCancellable(job, [&job] { return progressOf(job); }))
        return failWith(job.errorString());
    out() << reference << "\n";
    return 0;
}
