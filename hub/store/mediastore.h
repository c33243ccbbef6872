#pragma once

#include <QByteArray>
#include <QString>

namespace parley::hub {

// Attachment files in the hub's data folder, named by their SHA-256 so that the same file is
// kept once and a name can never point outside the folder.
class MediaStore {
public:
    explicit MediaStore(const QString &folder) : m_folder(folder) {}

    // Returns the stored name (the hex SHA-256), empty on failure (e.g. a full disk).
    QString save(const QByteArray &bytes);
    bool read(const QString &name, QByteArray *bytes) const;
    static QString sha256Hex(const QByteArray &bytes);

private:
    QString pathOf(const QString &name) const;

    QString m_folder;
};

} // namespace parley::hub
