#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace parley {

// One file streamed from the hub to disk. The bytes go to a QSaveFile as they arrive, so a large
// file never sits in memory, and the target appears only once every byte came with a 2xx answer:
// a cancel, a network error, an error answer, a failed write or a body past the limit leaves
// nothing behind (neither the target nor a temporary file). finished() comes exactly once, after
// which the object deletes itself.
class FileDownload : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Running, Saved, Cancelled, Failed };

    QString targetPath() const { return m_targetPath; }
    Outcome outcome() const { return m_outcome; }
    // When Failed: the hub's error code ("not_found", "media_not_ready", …) or the desktop's
    // ("hub_unreachable", "http_<status>", "write_failed", "too_large"), and a message.
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    qint64 received() const { return m_received; }

public slots:
    // Stops the transfer and throws away what was written; finished() follows with Cancelled.
    void cancel();

signals:
    void progress(qint64 received, qint64 total); // total −1 while unknown
    void finished();

private:
    friend class HubClient;
    FileDownload(QNetworkReply *reply, const QString &targetPath, qint64 maxBytes, QObject *parent);
    ~FileDownload() override;
    void readAvailable();
    void replyFinished();
    void fail(const QString &code, const QString &message);
    void finish(Outcome outcome);
    bool successStatus() const;

    QNetworkReply *m_reply;
    QString m_targetPath;
    qint64 m_maxBytes;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_errorBody; // an error answer's JSON, kept small
    qint64 m_received = 0;
    Outcome m_outcome = Outcome::Running;
    bool m_told = false; // finished() has been emitted
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace parley
