#include "hub/store/mediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace parley::hub {

QString MediaStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString MediaStore::pathOf(const QString &name) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(name).hasMatch())
        return {};
    return QDir(m_folder).filePath(name);
}

QString MediaStore::save(const QByteArray &bytes)
{
    const QString name = sha256Hex(bytes);
    const QString path = pathOf(name);
    if (QFile::exists(path))
        return name;
    if (!QDir().mkpath(m_folder))
        return {};
    // Written whole or not at all: a crash or a full disk never leaves half a file under the
    // name of the whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return name;
}

bool MediaStore::read(const QString &name, QByteArray *bytes) const
{
    QFile file(pathOf(name));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    *bytes = file.readAll();
    return true;
}

} // namespace parley::hub
