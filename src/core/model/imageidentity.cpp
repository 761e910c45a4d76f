// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/imageidentity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageIdentity)
};

// API 1.52 (and the containerd store before it) leaves out what is empty; 1.41 sends
// "Hostname":"", "AttachStdin":false, "Labels":null … Both say the same.
bool isEmptyValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !v.toBool();
    case QJsonValue::String:
        return v.toString().isEmpty();
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    case QJsonValue::Object:
        return v.toObject().isEmpty();
    case QJsonValue::Double:
        return false;
    }
    return false;
}
} // namespace

ImageIdentity ImageIdentity::fromInspect(const QJsonObject &inspect)
{
    ImageIdentity id;
    const QJsonArray layers
        = inspect.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray();
    for (const QJsonValue &layer : layers)
        id.layers << layer.toString();
    id.os = inspect.value(QLatin1String("Os")).toString();
    id.architecture = inspect.value(QLatin1String("Architecture")).toString();
    // Only what an OCI image configuration holds: the containerd store keeps nothing else, while
    // the classic store also answers with the container's (Hostname, Image, AttachStdin …).
    static const char *const imageConfig[] = {
        "Cmd", "Entrypoint", "Env", "ExposedPorts", "Labels", "StopSignal", "User", "Volumes", "WorkingDir"};
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    for (const char *key : imageConfig) {
        const QJsonValue value = config.value(QLatin1String(key));
        if (!isEmptyValue(value))
            id.config.insert(QLatin1String(key), value);
    }
    return id;
}

QString ImageIdentity::describe() const
{
    return Tr::tr("%n layer(s), the top one %1", "", int(layers.size()))
        .arg(layers.isEmpty() ? QStringLiteral("-") : layers.constLast().left(19));
}

QString ImageIdentity::differences(const ImageIdentity &other) const
{
    QStringList what;
    if (layers != other.layers)
        what << Tr::tr("the layers (%1 against %2)").arg(describe(), other.describe());
    if (os != other.os || architecture != other.architecture)
        what << Tr::tr("the platform (%1/%2 against %3/%4)")
                    .arg(os, architecture, other.os, other.architecture);
    if (config != other.config) {
        QStringList keys;
        const QStringList all = config.keys() + other.config.keys();
        for (const QString &key : all) {
            if (config.value(key) != other.config.value(key) && !keys.contains(key))
                keys << key;
        }
        what << Tr::tr("the configuration (%1)").arg(keys.join(QStringLiteral(", ")));
    }
    return what.join(QStringLiteral("; "));
}
