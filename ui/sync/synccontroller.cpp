#include "ui/sync/synccontroller.h"

#include <utility>

namespace parley::ui {

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("parley-sync"));
    m_worker = new SyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this,
            [this](SyncState state, const QString &detail) {
                m_state = state;
                emit stateChanged(state, detail);
            });
    connect(m_worker, &SyncWorker::mirrorChanged, this, &SyncController::mirrorChanged);
    connect(m_worker, &SyncWorker::outboxChanged, this, &SyncController::outboxChanged);
    connect(m_worker, &SyncWorker::authenticationFailed, this,
            &SyncController::authenticationFailed);
    connect(m_worker, &SyncWorker::mirrorRebuilt, this, &SyncController::mirrorRebuilt);
    connect(m_worker, &SyncWorker::failed, this, &SyncController::failed);
    connect(m_worker, &SyncWorker::presenceReceived, this, [this](const QJsonObject &json) {
        PresenceUpdate update;
        QString error;
        if (fromJson(json, &update, &error))
            emit presenceChanged(update);
    });
    m_thread.start();
}

SyncController::~SyncController()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start(const QUrl &hub, const QString &token, const QString &mirrorPath)
{
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, hub),
                              Q_ARG(QString, token), Q_ARG(QString, mirrorPath));
    m_started = true;
    // Queued behind the start on the worker's thread: the sender exists when they arrive.
    const QList<std::function<void()>> waiting = std::exchange(m_beforeStart, {});
    for (const auto &call : waiting)
        call();
}

void SyncController::toWorker(std::function<void()> call)
{
    if (m_started)
        call();
    else
        m_beforeStart.append(std::move(call));
}

void SyncController::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
}

void SyncController::sendPresence(Id conversationId, PresenceState state)
{
    toWorker([this, conversationId, state] {
        QMetaObject::invokeMethod(m_worker, "sendPresence", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId),
                                  Q_ARG(QString, presenceStateName(state)));
    });
}

void SyncController::queueText(Id conversationId, const QString &text)
{
    toWorker([this, conversationId, text] {
        QMetaObject::invokeMethod(m_worker, "queueText", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId), Q_ARG(QString, text));
    });
}

void SyncController::queueReply(Id conversationId, const QString &text, Id replyTo)
{
    toWorker([this, conversationId, text, replyTo] {
        QMetaObject::invokeMethod(m_worker, "queueReply", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId), Q_ARG(QString, text),
                                  Q_ARG(qint64, replyTo));
    });
}

void SyncController::queueReaction(Id conversationId, Id messageId, const QString &emoji)
{
    toWorker([this, conversationId, messageId, emoji] {
        QMetaObject::invokeMethod(m_worker, "queueReaction", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId), Q_ARG(qint64, messageId),
                                  Q_ARG(QString, emoji));
    });
}

void SyncController::queueFiles(Id conversationId, const QStringList &paths, const QString &caption)
{
    toWorker([this, conversationId, paths, caption] {
        QMetaObject::invokeMethod(m_worker, "queueFiles", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId), Q_ARG(QStringList, paths),
                                  Q_ARG(QString, caption));
    });
}

void SyncController::retryOutbox(const QString &outboxId)
{
    toWorker([this, outboxId] {
        QMetaObject::invokeMethod(m_worker, "retryOutbox", Qt::QueuedConnection,
                                  Q_ARG(QString, outboxId));
    });
}

void SyncController::fetchOlderHistory(Id conversationId)
{
    toWorker([this, conversationId] {
        QMetaObject::invokeMethod(m_worker, "fetchOlderHistory", Qt::QueuedConnection,
                                  Q_ARG(qint64, conversationId));
    });
}

void SyncController::discardOutbox(const QString &outboxId)
{
    toWorker([this, outboxId] {
        QMetaObject::invokeMethod(m_worker, "discardOutbox", Qt::QueuedConnection,
                                  Q_ARG(QString, outboxId));
    });
}

} // namespace parley::ui
