// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <cstdio>
#include <functional>

class EngineClient;
class EngineReply;
class Job;
struct Endpoint;

/// What every berthctl command shares: its output, its one-line failures, waiting for the engine.
namespace Cli {

/// berthctl's translations (context "berthctl").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

/// Standard output, as text.
QTextStream &out();
/// "berthctl: MESSAGE" on stderr, after what was written to stdout; exit code 1.
int failWith(const QString &message);
/// Waits for a buffered call and turns a failure into @p error.
bool finish(EngineReply *reply, QString *error);
/// Runs @p job to its end, with @p progress on stderr when that is a terminal.
bool runJob(Job &job, const std::function<QString()> &progress);
/// runJob() with Ctrl+C (and SIGTERM) cancelling the job, so that it cleans up after itself.
bool runJobCancellable(Job &job, const std::function<QString()> &progress);
/// A connection others could read or pretend to be is said, every time.
void warnAboutTransport(const Endpoint &endpoint);
/// Helpers a Berth that stopped mid-job left behind go before a new job starts.
void removeLeftoverHelpers(EngineClient &client);
/// Writes raw bytes and flushes, so that stdout and stderr interleave as the engine sent them.
void writeRaw(FILE *to, QByteArrayView bytes);

} // namespace Cli

// One function per command, each in the file of its group; @p args follow the command's name.
int cmdVersion(EngineClient &client, const QStringList &args); // systemcommands.cpp
int cmdCleanup(EngineClient &client, const QStringList &args);
int cmdPs(EngineClient &client, const QStringList &args); // containercommands.cpp
int cmdRun(EngineClient &client, const QStringList &args);
int cmdLogs(EngineClient &client, const QStringList &args);
int cmdExec(EngineClient &client, const QStringList &args);
int cmdStats(EngineClient &client, const QStringList &args);
int cmdImages(EngineClient &client, const QStringList &args); // imagecommands.cpp
int cmdBuild(EngineClient &client, const QStringList &args);
int cmdVolume(EngineClient &client, const QStringList &args); // volumecommands.cpp
int cmdVolumeVerify(const QStringList &args); // needs no engine
int cmdNetwork(EngineClient &client, const QStringList &args); // networkcommands.cpp
int cmdCp(EngineClient &client, const QStringList &args); // filecommands.cpp
int cmdVolumeCp(EngineClient &client, const QStringList &args);
int cmdVolumeLsBackup(const QStringList &args); // needs no engine
int cmdMigrate(EngineClient &client, const QStringList &args); // migratecommands.cpp
int cmdContext(const QStringList &args); // contextcommands.cpp: needs no engine
int cmdLogin(EngineClient &client, const QStringList &args); // registrycommands.cpp
int cmdLogout(const QStringList &args); // needs no engine
int cmdPush(EngineClient &client, const QStringList &args);
int cmdPull(EngineClient &client, const QStringList &args);
int cmdSystem(EngineClient &client, const QStringList &args); // systemcommands.cpp: system df
int cmdProject(EngineClient &client, const QStringList &args); // projectcommands.cpp
