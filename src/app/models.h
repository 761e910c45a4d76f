// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/job.h"
#include "jobs/jobsmodel.h"
#include "model/commandhistorymodel.h"
#include "model/containerfiltermodel.h"
#include "model/containermodel.h"
#include "model/imagemodel.h"
#include "model/logmodel.h"
#include "model/networkmodel.h"
#include "model/searchproxymodel.h"
#include "model/textfiltermodel.h"
#include "model/volumemodel.h"
#include "sync/logsession.h"
#include "sync/statssession.h"
#include "terminal/terminalsession.h"

#include "app/appsingleton.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// The core's models are plain Qt types (the core links no QtQml); these make them known to QML.
struct ResourceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ResourceListModel)
    QML_NAMED_ELEMENT(ResourceListModel)
    QML_UNCREATABLE("Provided by Models")
};

struct ContainerModelForeign
{
    Q_GADGET
    QML_FOREIGN(ContainerModel)
    QML_NAMED_ELEMENT(ContainerModel)
    QML_UNCREATABLE("Provided by Models")
};

struct ImageModelForeign
{
    Q_GADGET
    QML_FOREIGN(ImageModel)
    QML_NAMED_ELEMENT(ImageModel)
    QML_UNCREATABLE("Provided by Models")
};

struct VolumeModelForeign
{
    Q_GADGET
    QML_FOREIGN(VolumeModel)
    QML_NAMED_ELEMENT(VolumeModel)
    QML_UNCREATABLE("Provided by Models")
};

struct NetworkModelForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkModel)
    QML_NAMED_ELEMENT(NetworkModel)
    QML_UNCREATABLE("Provided by Models")
};

// Their Qt bases, so QML tooling knows the whole chain up to QAbstractItemModel.
struct QAbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

struct QAbstractProxyModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractProxyModel)
    QML_ANONYMOUS
};

struct QSortFilterProxyModelForeign
{
    Q_GADGET
    QML_FOREIGN(QSortFilterProxyModel)
    QML_ANONYMOUS
};

struct SearchProxyModelForeign
{
    Q_GADGET
    QML_FOREIGN(SearchProxyModel)
    QML_ANONYMOUS
};

struct LogModelForeign
{
    Q_GADGET
    QML_FOREIGN(LogModel)
    QML_NAMED_ELEMENT(LogModel)
    QML_UNCREATABLE("Provided by a LogSession")
};

struct LogSessionForeign
{
    Q_GADGET
    QML_FOREIGN(LogSession)
    QML_NAMED_ELEMENT(LogSession)
    QML_UNCREATABLE("Made by ContainerActions.openLogs()")
};

struct TerminalSessionForeign
{
    Q_GADGET
    QML_FOREIGN(TerminalSession)
    QML_NAMED_ELEMENT(TerminalSession)
    QML_UNCREATABLE("Made by ContainerActions.openTerminal()")
};

struct StatsSessionForeign
{
    Q_GADGET
    QML_FOREIGN(StatsSession)
    QML_NAMED_ELEMENT(StatsSession)
    QML_UNCREATABLE("Made by ContainerActions.openStats()")
};

struct CommandHistoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(CommandHistoryModel)
    QML_NAMED_ELEMENT(CommandHistoryModel)
    QML_UNCREATABLE("Provided by Actions")
};

struct JobsModelForeign
{
    Q_GADGET
    QML_FOREIGN(JobsModel)
    QML_NAMED_ELEMENT(JobsModel)
    QML_UNCREATABLE("Provided by Actions")
};

struct JobForeign
{
    Q_GADGET
    QML_FOREIGN(Job)
    QML_NAMED_ELEMENT(Job)
    QML_UNCREATABLE("Started by Actions")
};

struct ContainerFilterModelForeign
{
    Q_GADGET
    QML_FOREIGN(ContainerFilterModel)
    QML_NAMED_ELEMENT(ContainerFilterModel)
};

struct TextFilterModelForeign
{
    Q_GADGET
    QML_FOREIGN(TextFilterModel)
    QML_NAMED_ELEMENT(TextFilterModel)
};

/// The live models, for QML. Built and kept true in C++ (main.cpp, EngineSync).
class UsageFeed;

class Models : public QObject, public AppSingleton<Models>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ContainerModel *containers READ containers CONSTANT)
    Q_PROPERTY(ImageModel *images READ images CONSTANT)
    Q_PROPERTY(VolumeModel *volumes READ volumes CONSTANT)
    Q_PROPERTY(NetworkModel *networks READ networks CONSTANT)

public:
    Models(ContainerModel *containers, ImageModel *images, VolumeModel *volumes, NetworkModel *networks,
        UsageFeed *usage, QObject *parent = nullptr);

    ContainerModel *containers() const { return m_containers; }
    ImageModel *images() const { return m_images; }
    VolumeModel *volumes() const { return m_volumes; }
    NetworkModel *networks() const { return m_networks; }

    /// A container's row is shown: its CPU and memory come into the containers model
    /// (cpuPercent, memoryUsed) until the row calls unwatchUsage(). C++ owns the stream.
    Q_INVOKABLE void watchUsage(const QString &id);
    Q_INVOKABLE void unwatchUsage(const QString &id);
    /// A session (log, stats, terminal) its view no longer shows, stopped: deleted now rather
    /// than with the view that owns it (QML cannot delete what C++ owns).
    Q_INVOKABLE void release(QObject *session);

private:
    UsageFeed *m_usage;
    ContainerModel *m_containers;
    ImageModel *m_images;
    VolumeModel *m_volumes;
    NetworkModel *m_networks;
};
