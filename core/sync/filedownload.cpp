#include "core/sync/filedownload.h"

#include "core/protocol/commands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

namespace parley {
namespace {

constexpr qint64 maxErrorBodyBytes = 16 * 1024; // the hub's error JSON is a few hundred bytes

} // namespace

FileDownload::FileDownload(QNetworkReply *reply, const QString &targetPath, qint64 maxBytes,
                           QObject *parent)
    : QObject(parent), m_reply(reply), m_targetPath(targetPath), m_maxBytes(maxBytes)
{
    m_reply->setParent(this);
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    m_file = std::make_unique<QSaveFile>(targetPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString problem = m_file->errorString();
        m_reply->abort();
        // Told after the caller has connected to finished().
        QTimer::singleShot(0, this,
                           [this, problem] { fail(QStringLiteral("write_failed"), problem); });
        return;
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::replyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64 total) {
        if (m_outcome == Outcome::Running && successStatus())
            emit progress(m_received, total > 0 ? total : -1);
    });
}

FileDownload::~FileDownload()
{
    // A QSaveFile destroyed uncommitted removes its temporary file.
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
}

bool FileDownload::successStatus() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void FileDownload::cancel()
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = Outcome::Cancelled;
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
    m_file.reset();
    // A reply that has not started yet finishes without a signal when aborted, and one that
    // has finished already will not signal again: the cancel is reported here either way.
    m_reply->abort();
    finish(Outcome::Cancelled);
}

void FileDownload::readAvailable()
{
    if (m_outcome != Outcome::Running)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (!successStatus()) {
        if (m_errorBody.size() < maxErrorBodyBytes)
            m_errorBody += chunk.left(maxErrorBodyBytes - m_errorBody.size());
        return;
    }
    m_received += chunk.size();
    if (m_received > m_maxBytes) {
        fail(QStringLiteral("too_large"),
             QStringLiteral("the file is larger than %1 bytes").arg(m_maxBytes));
        return;
    }
    if (m_file->write(chunk) != chunk.size()) {
        fail(QStringLiteral("write_failed"), m_file->errorString());
        return;
    }
}

void FileDownload::replyFinished()
{
    if (m_outcome == Outcome::Cancelled) {
        finish(Outcome::Cancelled);
        return;
    }
    if (m_outcome != Outcome::Running)
        return;
    readAvailable();
    if (m_outcome != Outcome::Running)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || !successStatus()) {
        ErrorReply error;
        QString problem;
        if (!fromJson(QJsonDocument::fromJson(m_errorBody).object(), &error, &problem))
            error = {status == 0 ? QStringLiteral("hub_unreachable")
                                 : QStringLiteral("http_%1").arg(status),
                     m_reply->errorString()};
        fail(error.code, error.message);
        return;
    }
    if (!m_file->commit()) {
        fail(QStringLiteral("write_failed"), m_file->errorString());
        return;
    }
    m_file.reset();
    finish(Outcome::Saved);
}

void FileDownload::fail(const QString &code, const QString &message)
{
    if (m_outcome != Outcome::Running)
        return;
    m_errorCode = code;
    m_errorMessage = message;
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
    m_file.reset();
    m_outcome = Outcome::Failed;
    if (!m_reply->isFinished()) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    finish(Outcome::Failed);
}

void FileDownload::finish(Outcome outcome)
{
    if (m_told)
        return;
    m_told = true;
    m_outcome = outcome;
    disconnect(m_reply, nullptr, this, nullptr);
    emit finished();
    deleteLater();
}

} // namespace parley
