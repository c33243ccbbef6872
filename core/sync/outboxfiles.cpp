#include "core/sync/outboxfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace parley {

OutboxFiles::OutboxFiles(const QString &mirrorPath)
    : m_folder(mirrorPath + QStringLiteral(".files"))
{}

QJsonObject OutboxFiles::stage(const QString &itemId, const QStringList &paths,
                               const QString &caption, QString *error)
{
    QDir item(m_folder + QLatin1Char('/') + itemId);
    if (!item.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(item.path());
        return {};
    }
    QJsonArray files;
    for (int i = 0; i < paths.size(); ++i) {
        // Numbered, so two files of the same name in one send stay apart.
        const QString copy = item.filePath(QString::number(i));
        if (!QFile::copy(paths.at(i), copy)) {
            *error = QStringLiteral("cannot copy %1").arg(paths.at(i));
            item.removeRecursively();
            return {};
        }
        files.append(QJsonObject{{QStringLiteral("path"), copy},
                                 {QStringLiteral("filename"), QFileInfo(paths.at(i)).fileName()}});
    }
    return {{QStringLiteral("files"), files}, {QStringLiteral("caption"), caption}};
}

QJsonObject OutboxFiles::requestBody(const QJsonObject &payload, QString *error) const
{
    const QJsonArray staged = payload.value(QStringLiteral("files")).toArray();
    const QString caption = payload.value(QStringLiteral("caption")).toString();
    QJsonArray files;
    for (int i = 0; i < staged.size(); ++i) {
        const QJsonObject file = staged.at(i).toObject();
        QFile copy(file.value(QStringLiteral("path")).toString());
        if (!copy.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the staged copy of %1 is gone")
                         .arg(file.value(QStringLiteral("filename")).toString());
            return {};
        }
        QJsonObject entry{
            {QStringLiteral("filename"), file.value(QStringLiteral("filename"))},
            {QStringLiteral("content"), QString::fromLatin1(copy.readAll().toBase64())}};
        // The caption rides on the last file, as WhatsApp shows it under that one.
        if (i == staged.size() - 1 && !caption.isEmpty())
            entry.insert(QStringLiteral("caption"), caption);
        files.append(entry);
    }
    return {{QStringLiteral("files"), files}};
}

void OutboxFiles::removeAllBut(const QSet<QString> &liveItemIds)
{
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!liveItemIds.contains(name))
            QDir(folder.filePath(name)).removeRecursively();
    }
}

} // namespace parley
