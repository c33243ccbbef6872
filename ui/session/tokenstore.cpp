#include "ui/session/tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace parley::ui {
namespace {

TokenStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Outcome::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::Outcome::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain 0.13 reports a Secret Service that cannot be reached (no session bus, no
    // daemon) as OtherError; it has no isAvailable() to tell the two apart beforehand.
    case QKeychain::OtherError:
        return TokenStore::Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return TokenStore::Outcome::Failed;
}

} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

TokenStore::~TokenStore() = default;

QString TokenStore::keyFor(const QUrl &hub, const QString &login)
{
    QUrl normalized = hub.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments |
                                   QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (normalized.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone root
        normalized.setPath(QString());
    return normalized.toString(QUrl::FullyEncoded) + QLatin1Char(' ') + login;
}

void TokenStore::read(const QUrl &hub, const QString &login)
{
    enqueue({Operation::Read, hub, login, {}});
}

void TokenStore::write(const QUrl &hub, const QString &login, const QString &token)
{
    enqueue({Operation::Write, hub, login, token});
}

void TokenStore::remove(const QUrl &hub, const QString &login)
{
    enqueue({Operation::Remove, hub, login, {}});
}

void TokenStore::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    if (!m_running) {
        m_running = true;
        // Never started from inside a caller that may itself be a job's finished handler.
        QTimer::singleShot(0, this, &TokenStore::startNext);
    }
}

void TokenStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    const Request request = m_queue.dequeue();
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service);
        writeJob->setTextData(request.token);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // No parent and auto-delete: a job deleted while the backend still holds its callback
    // would crash, so a job outlives this store if it must.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(request.hub, request.login));
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *finished) { jobFinished(finished, request); });
    job->start();
}

void TokenStore::jobFinished(QKeychain::Job *job, const Request &request)
{
    const Outcome outcome = outcomeOf(job->error());
    const QString detail = job->errorString();
    QString token;
    if (request.operation == Operation::Read && outcome == Outcome::Ok)
        token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();

    // QtKeychain 0.13 must not start a job from another job's finished handler: the next one
    // waits for the event loop.
    QTimer::singleShot(0, this, &TokenStore::startNext);

    if (outcome == Outcome::Unavailable)
        emit keychainUnavailable(detail);
    switch (request.operation) {
    case Operation::Read:
        emit readFinished(request.hub, request.login, outcome, token);
        break;
    case Operation::Write:
        emit writeFinished(request.hub, request.login, outcome);
        break;
    case Operation::Remove:
        emit removeFinished(request.hub, request.login, outcome);
        break;
    }
}

} // namespace parley::ui
